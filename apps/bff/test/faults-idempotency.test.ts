import { describe, expect, it } from "vitest";
import { simpleCall, useHarness } from "./harness";

const t = useHarness({ roles: ["operator", "supervisor"] });

async function auditFor(callSessionId: number) {
  const page = await t.supervisor.get("/api/audit").query({ callSessionId });
  expect(page.status).toBe(200);
  return page.body.entries as {
    action: string;
    result: string;
    status: number;
    mnemonic: string | null;
  }[];
}

describe("faults lose nothing and repeat nothing", () => {
  // First in this file: the feed has no list yet, so the failure itself is the answer.
  it("GET /api/calls answers the upstream failure when there is no list to show yet", async () => {
    await t.h.control.injectFault({ kind: "http_502", method: "list.calls", count: 5 });
    const response = await t.operator.get("/api/calls");
    expect(response.status).toBeGreaterThanOrEqual(502);
    expect(response.body.mnemonic).toBe("upstream_http_error");
    await t.h.control.clearFaults();
    await t.h.app.feed.refreshNow();
    expect((await t.operator.get("/api/calls")).status).toBe(200);
  });

  it("a start.* that times out is 504, never dialled twice, replayed under its key", async () => {
    await t.h.control.injectFault({ kind: "delay", delayMs: 2_500, method: "start.simple_call" });
    const first = await t.operator
      .post("/api/calls/start/simple")
      .set("Idempotency-Key", "dial-1")
      .send(simpleCall);
    expect(first.status).toBe(504);
    expect(first.body.mnemonic).toBe("upstream_timeout");
    const again = await t.operator
      .post("/api/calls/start/simple")
      .set("Idempotency-Key", "dial-1")
      .send(simpleCall);
    expect(again.status).toBe(504);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(await t.h.sentActions("start.simple_call")).toHaveLength(1);
    const audit = await t.supervisor
      .get("/api/audit")
      .query({ action: "start.simple_call", result: "error" });
    expect(audit.body.entries[0]).toMatchObject({
      status: 504,
      mnemonic: "upstream_timeout",
      username: "operator",
    });
  });

  it("an HTTP 503 from the upstream is a 503 with retryAfterSeconds, and audited", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    await t.h.control.injectFault({ kind: "http_503", method: "hold.call", count: 3 });
    const response = await t.operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
    expect(response.status).toBeGreaterThanOrEqual(502);
    const entries = await auditFor(call.call_session_id);
    expect(entries[0]).toMatchObject({
      action: "hold.call",
      result: "error",
      status: response.status,
    });
  });

  it("a malformed reply is 502", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    await t.h.control.injectFault({ kind: "malformed_json", method: "unhold.call" });
    const response = await t.operator.post(`/api/calls/${call.call_session_id}/unhold`).send({});
    expect(response.status).toBe(502);
    expect(response.body.mnemonic).toBe("upstream_malformed_reply");
  });

  it("a blind transfer whose dial fails leaves the caller on hold, recoverable, and says which step", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    await t.h.control.injectFault({ kind: "http_500", method: "make.call" });
    const response = await t.operator
      .post(`/api/calls/${call.call_session_id}/blind-transfer`)
      .send({ to: "79261112233" });
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(response.body.params.step).toBe("make.call");
    expect((await t.h.control.getCall(call.call_session_id))?.state).toBe("HOLD");
    const unhold = await t.operator.post(`/api/calls/${call.call_session_id}/unhold`).send({});
    expect(unhold.status).toBe(200);
    expect((await t.h.control.getCall(call.call_session_id))?.state).toBe("TALK");
    const entries = await auditFor(call.call_session_id);
    expect(entries.map((e) => `${e.action}:${e.result}`)).toEqual([
      "unhold.call:ok",
      "blind_transfer:error",
    ]);
  });

  it("a blind transfer runs hold, dial and transfer in order", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const response = await t.operator
      .post(`/api/calls/${call.call_session_id}/blind-transfer`)
      .send({ to: "79261112233" });
    expect(response.status).toBe(200);
    const methods = (await t.h.sentActions()).map((r) => r.method);
    expect(methods).toEqual(["hold.call", "make.call", "transfer.talk"]);
  });

  it("a blind transfer refused at hold says step hold.call", async () => {
    const call = await t.h.control.createCall({ state: "hold" });
    const response = await t.operator
      .post(`/api/calls/${call.call_session_id}/blind-transfer`)
      .send({ to: "79261112233" });
    expect(response.status).toBe(409);
    expect(response.body.params.step).toBe("hold.call");
    expect(await t.h.sentActions("make.call")).toHaveLength(0);
  });
});

describe("Idempotency-Key", () => {
  it("replays the first answer for the same key and body: one upstream call", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const send = () =>
      t.operator
        .post(`/api/calls/${call.call_session_id}/hold`)
        .set("Idempotency-Key", "hold-1")
        .send({});
    const first = await send();
    const second = await send();
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(await t.h.sentActions("hold.call")).toHaveLength(1);
  });

  it("refuses the same key with another body: 409 idempotency_key_reused", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const path = `/api/calls/${call.call_session_id}/tags`;
    const first = await t.operator.post(path).set("Idempotency-Key", "tag-1").send({ tag_id: 1 });
    const second = await t.operator.post(path).set("Idempotency-Key", "tag-1").send({ tag_id: 2 });
    expect(first.status).not.toBe(409);
    expect(second.status).toBe(409);
    expect(second.body.mnemonic).toBe("idempotency_key_reused");
  });

  it("makes a concurrent duplicate wait for the first", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    await t.h.control.injectFault({ kind: "delay", delayMs: 300, method: "hold.call" });
    const send = () =>
      t.operator
        .post(`/api/calls/${call.call_session_id}/hold`)
        .set("Idempotency-Key", "hold-concurrent")
        .send({});
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(await t.h.sentActions("hold.call")).toHaveLength(1);
  });

  it("keeps keys per user: another user's same key is a new request", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const path = `/api/calls/${call.call_session_id}/recording`;
    await t.operator.post(path).set("Idempotency-Key", "rec-1").send({ action: "on" });
    await t.supervisor.post(path).set("Idempotency-Key", "rec-1").send({ action: "on" });
    expect(await t.h.sentActions("record.call")).toHaveLength(2);
  });
});
