import { createHmac, randomBytes } from "node:crypto";
import type { Db } from "../db/open-database";
import type { SessionEvents } from "./session-events";

export interface SessionRecord {
  /** The session's stable id (the HMAC of its token, as stored): what session events name. */
  id: string;
  userId: number;
  csrfToken: string;
  expiresAt: number;
}

/**
 * Where login sessions live (a seam: a Redis store could replace the SQLite one).
 * The cookie carries a random token; the store keeps only its HMAC, so a copy of the database
 * cannot be replayed as cookies.
 */
export interface SessionStore {
  create(userId: number): { token: string; record: SessionRecord };
  /** The live session of a cookie token, its idle timer renewed; undefined when unknown or expired. */
  lookup(token: string): SessionRecord | undefined;
  destroy(token: string): void;
  /** Ends every session of the user, except the one of `exceptToken` (a password changed in it). */
  destroyForUser(userId: number, exceptToken?: string): void;
}

export interface SessionStoreOptions {
  now?: () => number;
  /** Every session that ends is published here (logout, expiry, eviction, a user's sessions ended). */
  events?: SessionEvents;
  /** Live sessions per user; a login past it ends that user's oldest session. */
  maxPerUser?: number;
}

const IDLE_MS = 12 * 60 * 60 * 1000;
const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** Renew last_seen at most once a minute: a write per request would cost more than the lookup. */
const TOUCH_EVERY_MS = 60 * 1000;
/** Cookie tokens whose two HMACs are kept (about one per signed-in browser). */
const HASHED_TOKENS = 1024;

interface TokenHashes {
  idHash: string;
  csrfToken: string;
}

interface SessionRow {
  user_id: number;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export function createSqliteSessionStore(
  db: Db,
  secret: string,
  options: SessionStoreOptions = {},
): SessionStore {
  const now = options.now ?? Date.now;
  const maxPerUser = options.maxPerUser ?? 10;
  const ended = (sessionId: string) =>
    options.events?.publish({ kind: "session-ended", sessionId });
  const hmac = (purpose: string, token: string) =>
    createHmac("sha256", secret).update(`${purpose}:${token}`).digest("base64url");
  const csrfFor = (token: string) => hmac("csrf", token);
  // The HMACs of a token never change, so those of the tokens seen lately are kept rather than
  // computed twice per request (~3 % of the BFF's CPU per action). Only the hashing is cached:
  // every lookup still reads the row, so a logged-out or expired session fails at once, and a
  // token enters the cache only once a live row matched it (random tokens cannot evict others).
  const hashed = new Map<string, TokenHashes>();
  /** Keeps a live token's hashes, most recently used last; the least recent beyond the cap go. */
  const remember = (token: string, hashes: TokenHashes) => {
    hashed.delete(token);
    hashed.set(token, hashes);
    if (hashed.size > HASHED_TOKENS) hashed.delete(hashed.keys().next().value as string);
  };

  const insert = db.prepare(
    "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
  );
  const select = db.prepare<[string], SessionRow>(
    "SELECT user_id, created_at, last_seen_at, expires_at FROM sessions WHERE id_hash = ?",
  );
  const touch = db.prepare(
    "UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?",
  );
  const remove = db.prepare("DELETE FROM sessions WHERE id_hash = ?");
  const idsOfUser = db.prepare<[number], { id_hash: string }>(
    "SELECT id_hash FROM sessions WHERE user_id = ? ORDER BY created_at, rowid",
  );
  /** The user's sessions past the newest `maxPerUser`: the ones a new login ends. */
  const beyondCap = db.prepare<[number, number], { id_hash: string }>(
    "SELECT id_hash FROM sessions WHERE user_id = ? ORDER BY created_at DESC, rowid DESC LIMIT -1 OFFSET ?",
  );
  const removeExpired = db.prepare<[number], { id_hash: string }>(
    "DELETE FROM sessions WHERE expires_at <= ? RETURNING id_hash",
  );
  /** Removes sessions by id and tells the subscribers (their cached hashes lapse on lookup). */
  const end = (ids: string[]) => {
    for (const id of ids) {
      remove.run(id);
      ended(id);
    }
  };

  return {
    create(userId) {
      const token = randomBytes(32).toString("base64url");
      const at = now();
      const expiresAt = at + IDLE_MS;
      for (const row of removeExpired.all(at)) ended(row.id_hash);
      const id = hmac("session", token);
      insert.run(id, userId, at, at, expiresAt);
      end(beyondCap.all(userId, maxPerUser).map((row) => row.id_hash));
      return { token, record: { id, userId, csrfToken: csrfFor(token), expiresAt } };
    },
    lookup(token) {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
      const known = hashed.get(token);
      const idHash = known?.idHash ?? hmac("session", token);
      const row = select.get(idHash);
      const at = now();
      if (!row || row.expires_at <= at || row.created_at + ABSOLUTE_MS <= at) {
        hashed.delete(token);
        if (row) end([idHash]);
        return undefined;
      }
      const csrfToken = known?.csrfToken ?? csrfFor(token);
      remember(token, known ?? { idHash, csrfToken });
      let expiresAt = row.expires_at;
      if (at - row.last_seen_at >= TOUCH_EVERY_MS) {
        expiresAt = Math.min(at + IDLE_MS, row.created_at + ABSOLUTE_MS);
        touch.run(at, expiresAt, idHash);
      }
      return { id: idHash, userId: row.user_id, csrfToken, expiresAt };
    },
    destroy(token) {
      hashed.delete(token);
      end([hmac("session", token)]);
    },
    destroyForUser(userId, exceptToken) {
      const kept = exceptToken === undefined ? undefined : hmac("session", exceptToken);
      end(
        idsOfUser
          .all(userId)
          .map((row) => row.id_hash)
          .filter((id) => id !== kept),
      );
    },
  };
}
