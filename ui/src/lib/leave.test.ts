import { describe, expect, it } from "vitest";
import { LeaveGuard } from "./leave";

describe("leaving a screen with unsaved work", () => {
  it("nothing held: leave at once", async () => {
    expect(await new LeaveGuard().mayLeave()).toBe(true);
  });

  it("the held check decides, and releasing it lets the peer go", async () => {
    const guard = new LeaveGuard();
    let answer = false;
    const release = guard.hold(() => answer);
    expect(await guard.mayLeave()).toBe(false);
    answer = true;
    expect(await guard.mayLeave()).toBe(true);
    answer = false;
    release();
    expect(await guard.mayLeave()).toBe(true);
  });

  it("an older screen's release does not drop a newer screen's check", async () => {
    const guard = new LeaveGuard();
    const releaseOld = guard.hold(() => true);
    guard.hold(() => false);
    releaseOld();
    expect(await guard.mayLeave()).toBe(false);
  });

  it("asks once at a time: a second attempt while the question is open stays put", async () => {
    const guard = new LeaveGuard();
    let asked = 0;
    let reply: (ok: boolean) => void = () => {};
    guard.hold(() => {
      asked += 1;
      return new Promise<boolean>((r) => (reply = r));
    });
    const first = guard.mayLeave();
    expect(await guard.mayLeave()).toBe(false);
    reply(true);
    expect(await first).toBe(true);
    expect(asked).toBe(1);
  });
});
