import type { AuditEntry } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { type Agent, simpleCall, useHarness } from "../harness";
import { expectApiError, UPSTREAM_TIMEOUT_MS } from "./fault-cases";
import { openFeed, sessionCookie } from "./sse-reader";

const t = useHarness({
  env: { CALLAPI_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS) },
  roles: ["operator", "supervisor"],
});

async function holdNew(): Promise<{ id: number; reply: Awaited<ReturnType<Agent["post"]>> }> {
  const call = await t.h.control.createCall({ state: "talk" });
  const reply = await t.operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
  return { id: call.call_session_id, reply };
}

async function auditOf(action: string, requestId: unknown): Promise<AuditEntry | undefined> {
  const page = await t.supervisor.get("/api/audit").query({ action, limit: 500 });
  return (page.body.entries as AuditEntry[]).find((entry) => entry.requestId === requestId);
}

describe("the account's limits run out", () => {
  it("refuses actions with 429 limit_exceeded and when to retry, dials nothing, and works once points are back", async () => {
    const limits = await t.h.control.getLimits();
    await t.h.control.setLimits({ minute_remaining: 0 });

    const { reply: hold } = await holdNew();
    expectApiError(hold, {
      status: 429,
      mnemonic: "limit_exceeded",
      message: `The Call API limit per minute has been used up (the limit is ${limits.minute_limit} points).`,
      retryAfterSeconds: hold.body.retryAfterSeconds,
    });
    expect(hold.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(hold.body.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await auditOf("hold.call", hold.body.requestId)).toMatchObject({
      result: "error",
      status: 429,
      mnemonic: "limit_exceeded",
    });

    const sessionsBefore = (await t.h.control.listCalls()).length;
    const dial = await t.operator
      .post("/api/calls/start/simple")
      .set("Idempotency-Key", "dial-over-limit")
      .send(simpleCall);
    expect(dial.status).toBe(429);
    expect(await t.h.sentActions("start.simple_call")).toHaveLength(1);
    expect((await t.h.control.listCalls()).length).toBe(sessionsBefore);

    await t.h.control.setLimits({ minute_remaining: limits.minute_limit });
    expect((await holdNew()).reply.status).toBe(200);
    const sessionsNow = (await t.h.control.listCalls()).length;
    // A refusal changed nothing, so the same key may try again: it dials now, once.
    const retried = await t.operator
      .post("/api/calls/start/simple")
      .set("Idempotency-Key", "dial-over-limit")
      .send(simpleCall);
    expect(retried.status).toBe(200);
    expect((await t.h.control.listCalls()).length).toBe(sessionsNow + 1);
  });
});

describe("the account itself", () => {
  it("disabled: 503 account_inactive, audited; works again once enabled", async () => {
    await t.h.control.setAccount({ inactive: true });
    try {
      const { reply } = await holdNew();
      expectApiError(reply, {
        status: 503,
        mnemonic: "account_inactive",
        message: "The CallGear account is disabled.",
      });
      expect(reply.body.hint).toEqual(expect.any(String));
      expect(await auditOf("hold.call", reply.body.requestId)).toMatchObject({
        result: "error",
        mnemonic: "account_inactive",
      });
    } finally {
      await t.h.control.setAccount({ inactive: false });
    }
    expect((await holdNew()).reply.status).toBe(200);
  });

  it("this server's IP not whitelisted: 503 ip_not_whitelisted naming the IP; works again once allowed", async () => {
    await t.h.control.setAccount({ ipWhitelist: ["203.0.113.7"] });
    try {
      const { reply } = await holdNew();
      expectApiError(reply, {
        status: 503,
        mnemonic: "ip_not_whitelisted",
        message: "CallGear does not accept requests from this server's IP address 127.0.0.1.",
      });
    } finally {
      await t.h.control.setAccount({ ipWhitelist: null });
    }
    expect((await holdNew()).reply.status).toBe(200);
  });
});

describe("the upstream session", () => {
  it("tokens expired: logs in again and carries out the action once, without the user noticing", async () => {
    await t.h.control.injectFault({ kind: "expire_tokens" });
    const { id, reply } = await holdNew();
    expect(reply.status).toBe(200);
    expect((await t.h.control.getCall(id))?.state).toBe("HOLD");
    expect(await t.h.control.requests("login.user")).toHaveLength(1);

    await t.h.control.injectFault({ kind: "expire_tokens" });
    const sessionsBefore = (await t.h.control.listCalls()).length;
    const dial = await t.operator.post("/api/calls/start/simple").send(simpleCall);
    expect(dial.status).toBe(200);
    // The refused attempt dialled nothing: exactly one new session.
    expect((await t.h.control.listCalls()).length).toBe(sessionsBefore + 1);
  });
});

describe("the live feed when the limits run out", () => {
  it("says degraded with limit_exceeded and when to retry, and polls again by itself once points are back", async () => {
    // The simulated minute ends in 2 s, so the feed's wait (its metadata's minute_reset) is short.
    const { minute_limit, minute_reset } = await t.h.control.getLimits();
    await t.h.control.advance(Math.max(0, minute_reset - 2));
    const feed = await openFeed(t.h.baseUrl(), await sessionCookie(t.h.baseUrl(), "operator"));
    try {
      await feed.nextStatus((e) => e.upstream === "ok" && e.lastPollAt !== null);
      await t.h.control.setLimits({ minute_remaining: 0 });
      const degraded = await feed.nextStatus((e) => e.upstream === "degraded", feed.events.length);
      expect(degraded.error).toMatchObject({ status: 429, mnemonic: "limit_exceeded" });
      expect(degraded.error?.retryAfterSeconds).toBeGreaterThan(0);
      expect(degraded.error?.retryAfterSeconds).toBeLessThanOrEqual(3);

      const missed = await t.h.control.createCall({ state: "talk" });
      await t.h.control.setLimits({ minute_remaining: minute_limit });
      const from = feed.events.length;
      await feed.nextStatus((e) => e.upstream === "ok", from, 8_000);
      await feed.nextList(
        (e) =>
          (e.type === "snapshot" ? e.calls : e.upserted).some(
            (c) => c.id === missed.call_session_id,
          ),
        from,
      );
    } finally {
      feed.close();
    }
  }, 15_000);
});
