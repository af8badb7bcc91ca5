import { beforeEach, describe, expect, it } from "vitest";
import { type Db, openDatabase } from "../db/open-database";
import { UserStore } from "../users/user-store";
import { createLocalSessionEvents, type SessionEvent } from "./session-events";
import { createSqliteSessionStore, type SessionStore } from "./session-store";

const HOUR = 60 * 60 * 1000;
let clock: number;
let db: Db;
let sessions: SessionStore;
let userId: number;
let published: SessionEvent[];

beforeEach(() => {
  clock = Date.parse("2026-11-27T09:00:00Z");
  db = openDatabase(":memory:");
  const users = new UserStore(db, () => clock);
  const user = users.create({
    username: "ops",
    displayName: "Ops",
    role: "operator",
    passwordHash: "not-used-here",
  });
  if (!user) throw new Error("user not created");
  userId = user.id;
  published = [];
  const events = createLocalSessionEvents();
  events.subscribe((event) => published.push(event));
  sessions = createSqliteSessionStore(db, "s".repeat(40), {
    now: () => clock,
    events,
    maxPerUser: 2_000,
  });
});

/** The same token with one character changed (still well-formed). */
function tampered(token: string): string {
  const last = token.at(-1) === "A" ? "B" : "A";
  return `${token.slice(0, -1)}${last}`;
}

describe("session store lookups (token hashes kept between requests)", () => {
  it("answers the same session and CSRF token on every lookup of a live cookie", () => {
    const { token, record } = sessions.create(userId);
    expect(sessions.lookup(token)).toEqual(record);
    expect(sessions.lookup(token)).toEqual(record);
  });

  it("refuses a tampered cookie, also after the genuine one was looked up", () => {
    const { token } = sessions.create(userId);
    expect(sessions.lookup(token)).toBeDefined();
    expect(sessions.lookup(tampered(token))).toBeUndefined();
    expect(sessions.lookup(token)).toBeDefined();
  });

  it("refuses a logged-out session at once, though its hashes were known", () => {
    const { token } = sessions.create(userId);
    expect(sessions.lookup(token)).toBeDefined();
    sessions.destroy(token);
    expect(sessions.lookup(token)).toBeUndefined();
  });

  it("refuses every session of a user at once after destroyForUser (disable, password change)", () => {
    const first = sessions.create(userId);
    const second = sessions.create(userId);
    expect(sessions.lookup(first.token)).toBeDefined();
    expect(sessions.lookup(second.token)).toBeDefined();
    sessions.destroyForUser(userId);
    expect(sessions.lookup(first.token)).toBeUndefined();
    expect(sessions.lookup(second.token)).toBeUndefined();
  });

  it("refuses an idle-expired session and one past its absolute lifetime", () => {
    const idle = sessions.create(userId);
    expect(sessions.lookup(idle.token)).toBeDefined();
    clock += 13 * HOUR;
    expect(sessions.lookup(idle.token)).toBeUndefined();

    const busy = sessions.create(userId);
    // Used every 11 hours, so never idle, but older than 7 days in the end.
    for (let hours = 0; hours < 7 * 24; hours += 11) {
      expect(sessions.lookup(busy.token)).toBeDefined();
      clock += 11 * HOUR;
    }
    expect(sessions.lookup(busy.token)).toBeUndefined();
  });

  it("stays correct for more live sessions than it keeps hashes of", () => {
    const created = Array.from({ length: 1_100 }, () => sessions.create(userId));
    for (const { token, record } of created) expect(sessions.lookup(token)).toEqual(record);
    for (const { token, record } of created) expect(sessions.lookup(token)).toEqual(record);
    sessions.destroy(created[0]!.token);
    expect(sessions.lookup(created[0]!.token)).toBeUndefined();
    expect(sessions.lookup(created[1_099]!.token)).toBeDefined();
  });
});

describe("session store events and caps", () => {
  it("publishes the end of each session it removes: logout, a user's sessions, expiry", () => {
    const first = sessions.create(userId);
    const second = sessions.create(userId);
    const third = sessions.create(userId);
    sessions.destroy(first.token);
    expect(published).toEqual([{ kind: "session-ended", sessionId: first.record.id }]);
    sessions.destroyForUser(userId, third.token);
    expect(published.at(-1)).toEqual({ kind: "session-ended", sessionId: second.record.id });
    expect(sessions.lookup(third.token)).toBeDefined();
    clock += 13 * HOUR;
    expect(sessions.lookup(third.token)).toBeUndefined();
    expect(published.at(-1)).toEqual({ kind: "session-ended", sessionId: third.record.id });
  });

  it("keeps at most maxPerUser sessions per user, ending the oldest first", () => {
    const capped = createSqliteSessionStore(db, "s".repeat(40), {
      now: () => clock,
      maxPerUser: 3,
    });
    const created = Array.from({ length: 5 }, () => {
      clock += 1_000;
      return capped.create(userId);
    });
    expect(created.map(({ token }) => capped.lookup(token) !== undefined)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});
