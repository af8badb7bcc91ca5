import { describe, expect, it } from "vitest";
import { createIdempotencyStore, isAnswerKept } from "./idempotency-store";

describe("idempotency keys", () => {
  it("replays the first answer, refuses another request, forgets after the TTL", async () => {
    let now = 0;
    const store = createIdempotencyStore({ ttlMs: 1_000, now: () => now });
    const first = store.claim("user-1", "k", "body-a");
    expect(first.kind).toBe("first");
    const waiting = store.claim("user-1", "k", "body-a");
    if (first.kind === "first") first.settle({ status: 200, body: { ok: true } }, true);
    expect(waiting.kind).toBe("replay");
    if (waiting.kind === "replay")
      expect(await waiting.response).toEqual({ status: 200, body: { ok: true } });
    expect(store.claim("user-1", "k", "body-b").kind).toBe("conflict");
    expect(store.claim("user-2", "k", "body-b").kind).toBe("first");
    now = 1_001;
    expect(store.claim("user-1", "k", "body-b").kind).toBe("first");
  });

  it("forgets an answer not kept: the same key may try again", () => {
    const store = createIdempotencyStore();
    const first = store.claim("u", "k", "f");
    if (first.kind === "first") first.settle({ status: 429, body: {} }, false);
    expect(store.claim("u", "k", "f").kind).toBe("first");
  });

  it("finds a key only under its own user: another user's same key never gets the stored answer", async () => {
    const store = createIdempotencyStore();
    const mine = store.claim("user-1", "dial-7", "same-body");
    if (mine.kind === "first") mine.settle({ status: 200, body: { callSessionId: 1 } }, true);
    const theirs = store.claim("user-2", "dial-7", "same-body");
    expect(theirs.kind).toBe("first");
    const again = store.claim("user-1", "dial-7", "same-body");
    expect(again.kind).toBe("replay");
    if (again.kind === "replay")
      expect(await again.response).toEqual({ status: 200, body: { callSessionId: 1 } });
  });

  it("past a user's cap forgets that user's oldest keys, never another user's", () => {
    const store = createIdempotencyStore({ maxPerUser: 3 });
    const settled = (scope: string, key: string) => {
      const claim = store.claim(scope, key, "f");
      if (claim.kind === "first") claim.settle({ status: 200, body: { key } }, true);
      return claim.kind;
    };
    expect(settled("victim", "dial")).toBe("first");
    for (let i = 1; i <= 10; i++) expect(settled("flooder", `k${i}`)).toBe("first");
    // The victim's retry still replays: it would otherwise dial twice.
    expect(store.claim("victim", "dial", "f").kind).toBe("replay");
    // The flooder kept only its 3 newest keys.
    for (const key of ["k8", "k9", "k10"])
      expect(store.claim("flooder", key, "f").kind).toBe("replay");
    expect(store.claim("flooder", "k7", "f").kind).toBe("first");
  });

  it("forgets expired keys before counting them against the cap", () => {
    let now = 0;
    const store = createIdempotencyStore({ ttlMs: 1_000, now: () => now, maxPerUser: 2 });
    store.claim("u", "old", "f");
    now = 1_001;
    store.claim("u", "a", "f");
    store.claim("u", "b", "f");
    expect(store.claim("u", "a", "f").kind).toBe("replay");
    expect(store.claim("u", "b", "f").kind).toBe("replay");
  });

  it("keeps every answer but those that surely changed nothing", () => {
    expect(isAnswerKept(200)).toBe(true);
    expect(isAnswerKept(409)).toBe(true);
    expect(isAnswerKept(504, { maybeApplied: true })).toBe(true);
    expect(isAnswerKept(503, { maybeApplied: true })).toBe(true);
    expect(isAnswerKept(503)).toBe(false);
    expect(isAnswerKept(429)).toBe(false);
  });
});
