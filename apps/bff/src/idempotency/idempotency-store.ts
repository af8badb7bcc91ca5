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

export function createIdempotencyStore(
  options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {},
): IdempotencyStore {
  const ttlMs = options.ttlMs ?? 5 * 60 * 1000;
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 50_000;
  const entries = new Map<
    string,
    { fingerprint: string; expiresAt: number; response: Promise<StoredResponse> }
  >();

  const sweep = () => {
    const at = now();
    for (const [id, entry] of entries) {
      if (entry.expiresAt > at && entries.size <= maxEntries) break; // Map keeps insertion order
      entries.delete(id);
    }
  };

  return {
    claim(scope, key, fingerprint) {
      sweep();
      const id = `${scope}\u0000${key}`;
      const existing = entries.get(id);
      if (existing && existing.expiresAt > now()) {
        return existing.fingerprint === fingerprint
          ? { kind: "replay", response: existing.response }
          : { kind: "conflict" };
      }
      let settle!: (response: StoredResponse) => void;
      const response = new Promise<StoredResponse>((resolve) => {
        settle = resolve;
      });
      entries.set(id, { fingerprint, expiresAt: now() + ttlMs, response });
      return {
        kind: "first",
        settle(answer, keep) {
          settle(answer);
          if (!keep) entries.delete(id);
        },
      };
    },
  };
}
