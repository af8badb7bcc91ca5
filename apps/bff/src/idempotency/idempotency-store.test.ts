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

  it("keeps every answer but those that surely changed nothing", () => {
    expect(isAnswerKept(200)).toBe(true);
    expect(isAnswerKept(409)).toBe(true);
    expect(isAnswerKept(504, { maybeApplied: true })).toBe(true);
    expect(isAnswerKept(503, { maybeApplied: true })).toBe(true);
    expect(isAnswerKept(503)).toBe(false);
    expect(isAnswerKept(429)).toBe(false);
  });
});
