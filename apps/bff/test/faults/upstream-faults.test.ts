import type { AuditEntry } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { simpleCall, useHarness } from "../harness";
import {
  expectApiError,
  type FaultCase,
  faultCases,
  faultFor,
  UPSTREAM_TIMEOUT_MS,
} from "./fault-cases";

const t = useHarness({
  env: { CALLAPI_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS) },
  roles: ["operator", "supervisor"],
});

let keySeq = 0;
const newKey = (what: string) => `${what}-${++keySeq}`;

/** The audit record written for the request that answered `requestId`. */
async function auditOf(action: string, requestId: unknown): Promise<AuditEntry | undefined> {
  const page = await t.supervisor.get("/api/audit").query({ action, limit: 500 });
  expect(page.status).toBe(200);
  return (page.body.entries as AuditEntry[]).find((entry) => entry.requestId === requestId);
}

/**
 * The same request under the same Idempotency-Key (a double click, a browser retry): an answer
 * that may have been applied is replayed with nothing sent upstream; one that surely changed
 * nothing goes upstream again, and works now that the fault has cleared.
 */
async function expectSameKeyOutcome(
  fault: FaultCase,
  again: { status: number; headers: Record<string, string> },
  method: string,
): Promise<void> {
  if (fault.answerKept) {
    expect(again.status).toBe(fault.status);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(await t.h.sentActions(method)).toHaveLength(1);
  } else {
    expect(again.status).toBe(200);
    expect(again.headers["idempotent-replayed"]).toBeUndefined();
    expect(await t.h.sentActions(method)).toHaveLength(2);
  }
}

describe.each(faultCases)("upstream fault $kind", (fault: FaultCase) => {
  it(`an action (hold) answers ${fault.status} ${fault.mnemonic}, is audited, sent once, and the next one works`, async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    await t.h.control.injectFault(faultFor(fault.kind, "hold.call"));
    const key = newKey("hold");
    const path = `/api/calls/${call.call_session_id}/hold`;

    const failed = await t.operator.post(path).set("Idempotency-Key", key).send({});
    expectApiError(failed, fault);
    expect(await t.h.sentActions("hold.call")).toHaveLength(1);
    await expectSameKeyOutcome(
      fault,
      await t.operator.post(path).set("Idempotency-Key", key).send({}),
      "hold.call",
    );
    expect(await auditOf("hold.call", failed.body.requestId)).toMatchObject({
      username: "operator",
      callSessionId: call.call_session_id,
      result: "error",
      status: fault.status,
      mnemonic: fault.mnemonic,
    });

    // The fault has cleared: the very next hold works, no restart, no waiting.
    const fresh = await t.h.control.createCall({ state: "talk" });
    const ok = await t.operator
      .post(`/api/calls/${fresh.call_session_id}/hold`)
      .set("Idempotency-Key", newKey("hold"))
      .send({});
    expect(ok.status).toBe(200);
    expect((await t.h.control.getCall(fresh.call_session_id))?.state).toBe("HOLD");
    expect(await auditOf("hold.call", ok.headers["x-request-id"])).toMatchObject({
      result: "ok",
      status: 200,
    });
  });

  it(`a start call answers ${fault.status} ${fault.mnemonic}, is never dialled twice, and the next one works`, async () => {
    await t.h.control.injectFault(faultFor(fault.kind, "start.simple_call"));
    const key = newKey("dial");
    const dial = () =>
      t.operator.post("/api/calls/start/simple").set("Idempotency-Key", key).send(simpleCall);

    const failed = await dial();
    expectApiError(failed, fault);
    expect(await t.h.sentActions("start.simple_call")).toHaveLength(1);
    await expectSameKeyOutcome(fault, await dial(), "start.simple_call");
    await t.h.control.clearRequests();
    expect(await auditOf("start.simple_call", failed.body.requestId)).toMatchObject({
      username: "operator",
      result: "error",
      status: fault.status,
      mnemonic: fault.mnemonic,
    });

    const ok = await t.operator
      .post("/api/calls/start/simple")
      .set("Idempotency-Key", newKey("dial"))
      .send(simpleCall);
    expect(ok.status).toBe(200);
    expect(ok.body.callSessionId).toEqual(expect.any(Number));
    expect((await t.h.control.getCall(ok.body.callSessionId))?.origin).toBe("start.simple_call");
    expect(await t.h.sentActions("start.simple_call")).toHaveLength(1);
    expect(await auditOf("start.simple_call", ok.headers["x-request-id"])).toMatchObject({
      result: "ok",
    });
  });

  it(`a read (talk options) answers ${fault.status} ${fault.mnemonic} after ${fault.readAttempts} attempt(s), then works`, async () => {
    // A fresh app: the talk options are cached once read.
    await t.h.restartApp();
    await t.h.control.clearRequests();
    await t.h.control.injectFault(faultFor(fault.kind, "list.talk_options", fault.readAttempts));

    const failed = await t.operator.get("/api/talk-options");
    expectApiError(failed, fault);
    expect(await t.h.sentActions("list.talk_options")).toHaveLength(fault.readAttempts);

    const ok = await t.operator.get("/api/talk-options");
    expect(ok.status).toBe(200);
    expect(Array.isArray(ok.body)).toBe(true);
  });
});

describe("the error's language", () => {
  it("says the same failure in Russian to a Russian console", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    await t.h.control.injectFault(faultFor("http_502", "hold.call"));
    const reply = await t.operator
      .post(`/api/calls/${call.call_session_id}/hold`)
      .set("Accept-Language", "ru")
      .send({});
    expect(reply.status).toBe(502);
    expect(reply.body.mnemonic).toBe("upstream_http_error");
    expect(reply.body.message).toMatch(/[а-яё]/i);
  });
});
