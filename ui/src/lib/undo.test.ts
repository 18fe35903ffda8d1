import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Undoer } from "./undo.svelte";

describe("undo for a few seconds", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("undoes once, within the time", async () => {
    const u = new Undoer(5000);
    let undone = 0;
    u.show("Follow-up marked done", async () => void (undone += 1));
    vi.advanceTimersByTime(4000);
    expect(u.offer?.message).toBe("Follow-up marked done");
    expect(await u.run()).toBe(true);
    expect(await u.run()).toBe(false);
    expect(undone).toBe(1);
    expect(u.offer).toBeNull();
  });

  it("goes when the time is up, unless held", async () => {
    const u = new Undoer(5000);
    u.show("Dropped", async () => {});
    u.hold();
    vi.advanceTimersByTime(9000);
    expect(u.offer).not.toBeNull();
    u.release();
    vi.advanceTimersByTime(5001);
    expect(u.offer).toBeNull();
    expect(await u.run()).toBe(false);
  });

  it("a newer offer replaces the older one", async () => {
    const u = new Undoer(5000);
    const undone: string[] = [];
    u.show("first", async () => void undone.push("first"));
    vi.advanceTimersByTime(3000);
    u.show("second", async () => void undone.push("second"));
    vi.advanceTimersByTime(3000);
    expect(u.offer?.message).toBe("second");
    await u.run();
    expect(undone).toEqual(["second"]);
  });
});
