/** What a finished request answered, replayed for a repeated Idempotency-Key. */
export interface StoredResponse {
  status: number;
  body: unknown;
}

export type IdempotencyClaim =
  | { kind: "first"; settle(response: StoredResponse, keep: boolean): void }
  | { kind: "replay"; response: Promise<StoredResponse> }
  | { kind: "conflict" };

/**
 * Idempotency keys, per user: the same key with the same request within `ttlMs` gets the first
 * answer (a concurrent duplicate waits for it); the same key with another request is a conflict.
 * In memory: a replay only has to survive the few seconds of a browser retry.
 */
export interface IdempotencyStore {
  claim(scope: string, key: string, fingerprint: string): IdempotencyClaim;
}

/**
 * Whether an answer is kept for replay. Not kept, so the same key may try again, when the request
 * surely changed nothing: a 429 (the budget comes back; CallGear charged and did nothing) and a
 * 503 that never reached CallGear. Everything else is kept, above all an error that may have
 * been applied (`params.maybeApplied`: a timeout, a dropped connection): a start.* may have
 * dialled, and a retry must not dial twice.
 */
export function isAnswerKept(status: number, params?: Record<string, unknown>): boolean {
  if (status === 429) return false;
  if (status === 503) return params?.maybeApplied === true;
  return true;
}

interface StoredEntry {
  fingerprint: string;
  expiresAt: number;
  response: Promise<StoredResponse>;
}

/**
 * Keys live in one map per user (`scope`), so a key is found only under (user, key): another
 * user's same key is a different key. Each user keeps at most `maxPerUser` keys; past it, that
 * user's own oldest key is forgotten, never another user's (which would let one user make
 * another's retry dial twice). Expired keys go first, swept on every claim for its user and
 * for every user at most once a TTL.
 */
export function createIdempotencyStore(
  options: { ttlMs?: number; now?: () => number; maxPerUser?: number } = {},
): IdempotencyStore {
  const ttlMs = options.ttlMs ?? 5 * 60 * 1000;
  const now = options.now ?? Date.now;
  const maxPerUser = options.maxPerUser ?? 1000;
  const byUser = new Map<string, Map<string, StoredEntry>>();
  let sweptAllAt = now();

  /** Drops the user's expired keys and, past `keep`, their oldest (a Map keeps insertion order). */
  const sweep = (scope: string, entries: Map<string, StoredEntry>, at: number, keep: number) => {
    for (const [key, entry] of entries) {
      if (entry.expiresAt > at && entries.size <= keep) break;
      entries.delete(key);
    }
    if (entries.size === 0) byUser.delete(scope);
  };

  return {
    claim(scope, key, fingerprint) {
      const at = now();
      if (at - sweptAllAt >= ttlMs) {
        sweptAllAt = at;
        for (const [other, entries] of byUser) sweep(other, entries, at, maxPerUser);
      }
      const entries = byUser.get(scope) ?? new Map<string, StoredEntry>();
      const existing = entries.get(key);
      if (existing && existing.expiresAt > at) {
        return existing.fingerprint === fingerprint
          ? { kind: "replay", response: existing.response }
          : { kind: "conflict" };
      }
      entries.delete(key);
      sweep(scope, entries, at, maxPerUser - 1);
      let settle!: (response: StoredResponse) => void;
      const response = new Promise<StoredResponse>((resolve) => {
        settle = resolve;
      });
      const entry: StoredEntry = { fingerprint, expiresAt: at + ttlMs, response };
      entries.set(key, entry);
      byUser.set(scope, entries);
      return {
        kind: "first",
        settle(answer, keep) {
          settle(answer);
          // Forgotten only if still this claim's entry (not one evicted and claimed anew since).
          if (!keep && byUser.get(scope)?.get(key) === entry) {
            entries.delete(key);
            if (entries.size === 0) byUser.delete(scope);
          }
        },
      };
    },
  };
}
