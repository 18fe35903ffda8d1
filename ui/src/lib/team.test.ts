import { afterEach, describe, expect, it } from "vitest";
import type { TeamMember, TeamStatus } from "./bindings";
import { team } from "./team.svelte";

const member = (key: string, role: TeamMember["role"], isMe: boolean): TeamMember => ({
  key, fingerprint: "11111 22222 33333 44444 55555 66666", name: key, role, credential: null, isMe,
});

const status = (admin: string, members: TeamMember[]): TeamStatus => ({
  team: { id: null, name: "North team", folder: "/tmp/team", admin, rosterVersion: 1, reviewSamplePercent: 10 },
  members, admitted: members.some((m) => m.isMe), folderAvailable: true, waiting: 0, lastRead: null,
});

afterEach(() => team.stop());

describe("who this app is in its team", () => {
  it("a peer with a supervisor in the team may send notes for review, and is not the admin", () => {
    team.show(status("sup", [member("sup", "supervisor", false), member("me", "peer", true)]));
    expect(team.hasSupervisor).toBe(true);
    expect(team.isSupervisor).toBe(false);
    expect(team.isAdmin).toBe(false);
  });

  it("a supervisor alone has no one to send its own notes to", () => {
    team.show(status("me", [member("me", "supervisor", true), member("p", "peer", false)]));
    expect(team.isSupervisor).toBe(true);
    expect(team.isAdmin).toBe(true);
    expect(team.hasSupervisor).toBe(false);
  });

  it("a store that joined but is not on the roster yet is nobody", () => {
    team.show(status("sup", []));
    expect(team.me).toBeNull();
    expect(team.hasSupervisor).toBe(false);
    team.show(null);
    expect(team.isSupervisor).toBe(false);
  });

  it("the lock forgets the team", () => {
    team.show(status("sup", [member("me", "peer", true)]));
    team.stop();
    expect(team.status).toBeUndefined();
  });
});
