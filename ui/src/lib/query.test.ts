import { describe, expect, it } from "vitest";
import { QueryCache } from "./query.svelte";
import { failure } from "./failure.svelte";

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A loader that counts its calls and answers with that count. */
function counting() {
  let calls = 0;
  const load = async () => ++calls;
  return { load, calls: () => calls };
}

describe("the query cache", () => {
  it("loads a key once however many screens show it", async () => {
    const cache = new QueryCache();
    const boundaries = counting();
    const a = cache.acquire(["participant", "p1", "boundaries"], boundaries.load);
    const b = cache.acquire(["participant", "p1", "boundaries"], boundaries.load);
    await settle();
    expect(a).toBe(b);
    expect(boundaries.calls()).toBe(1);
    expect(a.data).toBe(1);
    expect(a.loading).toBe(false);
  });

  it("reloads exactly the keys under an invalidated prefix", async () => {
    const cache = new QueryCache();
    const mine = counting();
    const myTimeline = counting();
    const theirs = counting();
    const caseload = counting();
    const boundaries = cache.acquire(["participant", "p1", "boundaries"], mine.load);
    cache.acquire(["participant", "p1", "timeline"], myTimeline.load);
    cache.acquire(["participant", "p2", "boundaries"], theirs.load);
    cache.acquire(["caseload"], caseload.load);
    await settle();

    await cache.invalidate(["participant", "p1", "boundaries"]);
    expect([mine.calls(), myTimeline.calls(), theirs.calls(), caseload.calls()]).toEqual([2, 1, 1, 1]);
    expect(boundaries.data).toBe(2);

    await cache.invalidate(["participant", "p1"]);
    expect([mine.calls(), myTimeline.calls(), theirs.calls(), caseload.calls()]).toEqual([3, 2, 1, 1]);

    // A prefix is whole parts, not the start of a string.
    await cache.invalidate(["participant", "p"]);
    expect([mine.calls(), myTimeline.calls(), theirs.calls()]).toEqual([3, 2, 1]);
  });

  it("keeps nothing once no screen shows it", async () => {
    const cache = new QueryCache();
    const roster = counting();
    const a = cache.acquire(["groups"], roster.load);
    const b = cache.acquire(["groups"], roster.load);
    cache.release(a);
    expect(cache.size).toBe(1);
    cache.release(b);
    expect(cache.size).toBe(0);
    await cache.invalidate(["groups"]);
    await settle();
    expect(roster.calls()).toBe(1);
  });

  it("shows a failed load to the peer and keeps what was shown before", async () => {
    failure.clear();
    const cache = new QueryCache();
    let fail = false;
    const entry = cache.acquire(["participant", "p1", "consents"], async () => {
      if (fail) throw { code: "disk_full", message: "no space" };
      return ["consent"];
    });
    await settle();
    fail = true;
    await cache.invalidate(["participant", "p1"]);
    expect(entry.data).toEqual(["consent"]);
    expect(entry.error).toBe("The disk is full, so nothing was saved. Free some space and try again.");
    expect(failure.message).toBe(entry.error);

    fail = false;
    await cache.invalidate(["participant", "p1"]);
    expect(entry.error).toBeNull();
  });

  it("never reports a lock: the lock screen says it", async () => {
    failure.clear();
    const cache = new QueryCache();
    const entry = cache.acquire(["caseload"], async () => {
      throw { code: "locked", message: "locked" };
    });
    await settle();
    expect(entry.error).not.toBeNull();
    expect(failure.message).toBe("");
  });

  it("lets only the newest load answer", async () => {
    const cache = new QueryCache();
    const answers: ((v: string) => void)[] = [];
    const entry = cache.acquire(["followUpsDue"], () => new Promise<string>((r) => answers.push(r)));
    const reload = cache.invalidate(["followUpsDue"]);
    answers[1]!("after the save");
    answers[0]!("before the save");
    await reload;
    await settle();
    expect(entry.data).toBe("after the save");
  });
});
