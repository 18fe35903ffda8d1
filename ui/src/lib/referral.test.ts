import { describe, expect, it } from "vitest";
import type { Referral } from "./bindings";
import { outcomeDateFor } from "./referral";

const base: Referral = {
  id: "r1",
  participantId: "p1",
  resourceType: "housing",
  resourceName: "Harbor Street Housing Program",
  referredOn: "2026-11-01",
  outcome: "connected",
  outcomeOn: "2026-11-10",
  note: null,
};

describe("a referral's outcome date", () => {
  it("keeps the date already kept for the same outcome", () => {
    expect(outcomeDateFor(base, "connected", "2026-12-02")).toBe("2026-11-10");
  });

  it("offers today for another outcome, and none for pending", () => {
    expect(outcomeDateFor(base, "declined", "2026-12-02")).toBe("2026-12-02");
    expect(outcomeDateFor(base, "pending", "2026-12-02")).toBeNull();
    expect(outcomeDateFor({ ...base, outcome: "pending", outcomeOn: null }, "connected", "2026-12-02")).toBe("2026-12-02");
  });
});
