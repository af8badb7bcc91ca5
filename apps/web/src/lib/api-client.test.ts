import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiRequestError, apiRequest, setCsrfToken } from "./api-client";
import { clearHoldBack, secondsLeft } from "./retry-after";

interface Sent {
  url: string;
  init: RequestInit;
}

function answer(status: number, body: unknown, headers: Record<string, string> = {}) {
  const sent: Sent[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      return new Response(JSON.stringify(body), { status, headers });
    }),
  );
  return sent;
}

/** The ApiRequestError a request fails with (the test fails if it succeeds). */
async function failure(request: Promise<unknown>): Promise<ApiRequestError> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ApiRequestError) return error;
    throw error;
  }
  throw new Error("the request succeeded");
}

describe("apiRequest", () => {
  beforeEach(() => {
    clearHoldBack();
    setCsrfToken("csrf-1");
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("sends JSON with the CSRF token, the language and an Idempotency-Key, and parses the reply", async () => {
    const sent = answer(200, { ok: true });
    const result = await apiRequest("POST", "/api/calls/1/hold", {
      body: {},
      schema: z.object({ ok: z.literal(true) }),
      idempotencyKey: true,
    });
    expect(result).toEqual({ ok: true });
    const headers = sent[0]!.init.headers as Record<string, string>;
    expect(headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(headers["Content-Type"]).toBe("application/json");
    expect(headers["Idempotency-Key"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(headers["Accept-Language"]).toMatch(/^(en|ru)$/);
  });

  it("builds the query string and sends no CSRF token on a GET", async () => {
    const sent = answer(200, []);
    await apiRequest("GET", "/api/audit", { query: { limit: 50, action: undefined, user: "" } });
    expect(sent[0]?.url).toBe("/api/audit?limit=50");
    expect((sent[0]!.init.headers as Record<string, string>)["X-CSRF-Token"]).toBeUndefined();
  });

  it("throws the BFF's ApiError for a failure", async () => {
    answer(409, { status: 409, mnemonic: "invalid_state", message: "Not now", hint: "Hold first" });
    const error = await failure(apiRequest("POST", "/api/calls/1/unhold", { body: {} }));
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error.apiError).toMatchObject({
      status: 409,
      mnemonic: "invalid_state",
      hint: "Hold first",
    });
  });

  it("answers what a hand-written check answers, and refuses what it refuses", async () => {
    const check = (json: unknown) =>
      typeof json === "object" && json !== null && "calls" in json ? json : null;
    answer(200, { calls: [] });
    await expect(apiRequest("GET", "/api/calls", { check })).resolves.toEqual({ calls: [] });
    answer(200, { unexpected: true });
    const malformed = await failure(apiRequest("GET", "/api/calls", { check }));
    expect(malformed.apiError.mnemonic).toBe("malformed_reply");
  });

  it("takes over a request already sent (the boot script's) instead of sending it again", async () => {
    const sent = answer(500, {});
    const started = Promise.resolve(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    await expect(apiRequest("GET", "/api/session", { started })).resolves.toEqual({ ok: true });
    expect(sent).toHaveLength(0);
  });

  it("turns a reply of the wrong shape or a network failure into a synthetic error", async () => {
    answer(200, { unexpected: true });
    const malformed = await failure(
      apiRequest("GET", "/api/calls", { schema: z.object({ calls: z.array(z.unknown()) }) }),
    );
    expect(malformed.apiError.mnemonic).toBe("malformed_reply");

    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const offline = await failure(apiRequest("GET", "/api/calls"));
    expect(offline.apiError.mnemonic).toBe("network_error");
    expect(offline.apiError.message).not.toBe("");
  });

  it("after a 429 holds actions back until retryAfterSeconds has passed, without sending", async () => {
    const sent = answer(429, {
      status: 429,
      mnemonic: "limit_exceeded",
      message: "Spent",
      retryAfterSeconds: 30,
    });
    await expect(apiRequest("POST", "/api/calls/1/hold", { body: {} })).rejects.toBeInstanceOf(
      ApiRequestError,
    );
    expect(secondsLeft("actions")).toBeGreaterThan(28);

    const held = await failure(apiRequest("POST", "/api/calls/1/unhold", { body: {} }));
    expect(held.apiError.status).toBe(429);
    expect(held.apiError.retryAfterSeconds).toBeGreaterThan(28);
    expect(sent).toHaveLength(1);

    // Reading is never held back, nor is logging in (its own scope).
    answer(200, []);
    await expect(apiRequest("GET", "/api/calls")).resolves.toEqual([]);
    expect(secondsLeft("login")).toBe(0);
  });

  it("does not hold actions back after a 503 that is not the budget's limit_exceeded", async () => {
    answer(503, {
      status: 503,
      mnemonic: "upstream_unreachable",
      message: "Unreachable",
      retryAfterSeconds: 5,
    });
    await expect(apiRequest("POST", "/api/calls/2/hold", { body: {} })).rejects.toBeInstanceOf(
      ApiRequestError,
    );
    expect(secondsLeft("actions")).toBe(0);
  });
});
