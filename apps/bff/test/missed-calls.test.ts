import { describe, expect, it } from "vitest";
import type { CallNotice } from "../src/notifications/call-notice";
import { useHarness, waitFor } from "./harness";

const suite = useHarness({ roles: ["operator", "supervisor", "admin"] });

const lostCall = (callSessionId: number, contact: string): CallNotice => ({
  event: "lost_call",
  callSessionId,
  receivedAt: Date.now(),
  virtualPhoneNumber: "74993720692",
  contactPhoneNumber: contact,
  waitTimeDuration: 25,
  employeeIds: [1, 2],
});

async function queueItem(contact: string) {
  const list = await suite.operator.get("/api/missed-calls");
  return (list.body.items as { id: number; contactNumber: string; state: string }[]).find(
    (item) => item.contactNumber === contact,
  );
}

describe("the missed-call queue", () => {
  it("takes a lost call, lets one operator claim it, and calls back exactly once", async () => {
    const { h, operator, supervisor } = suite;
    h.notices.emit(lostCall(9001, "79035550101"));
    await h.app.context.history.idle();
    const item = await waitFor(() => queueItem("79035550101"), 2_000, "the queue item");
    expect(item.state).toBe("open");
    const summary = await supervisor.get("/api/missed-calls/summary");
    expect(summary.body).toMatchObject({ waiting: 1, claimed: 0 });

    // The operator claims it; another user cannot take it over.
    const claimed = await operator.post(`/api/missed-calls/${item.id}/claim`).send({});
    expect(claimed.status).toBe(200);
    expect(claimed.body.item).toMatchObject({
      state: "claimed",
      claimedBy: { name: expect.any(String) },
    });
    const taken = await supervisor.post(`/api/missed-calls/${item.id}/call-back`).send({});
    expect(taken.body.mnemonic).toBe("missed_call_claimed");

    // A double click (two keys at once) and a retry (the first key again): one dial.
    const [first, second] = await Promise.all([
      operator
        .post(`/api/missed-calls/${item.id}/call-back`)
        .set("Idempotency-Key", "cb-1")
        .send({}),
      operator
        .post(`/api/missed-calls/${item.id}/call-back`)
        .set("Idempotency-Key", "cb-2")
        .send({}),
    ]);
    const retry = await operator
      .post(`/api/missed-calls/${item.id}/call-back`)
      .set("Idempotency-Key", "cb-1")
      .send({});
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect(retry.status).toBe(first.status);
    const dials = await h.sentActions("start.employee_call");
    expect(dials).toHaveLength(1);
    expect(dials[0]?.params).toMatchObject({
      contact: "79035550101",
      virtual_phone_number: "74993720692",
      first_call: "employee",
    });
    const started = first.status === 200 ? first : second;
    const callSessionId = started.body.callSessionId as number;

    // The call-back was answered: the item closes.
    h.notices.emit({
      event: "call_finished",
      callSessionId,
      receivedAt: Date.now(),
      direction: "out",
      contactPhoneNumber: "79035550101",
      virtualPhoneNumber: "74993720692",
      talkTimeDuration: 40,
      totalTimeDuration: 50,
    });
    await h.app.context.history.idle();
    const closed = await operator.get("/api/missed-calls");
    const after = closed.body.items.find((i: { id: number }) => i.id === item.id);
    expect(after).toMatchObject({ state: "closed", closedReason: "called_back" });
    expect(after.attempts).toEqual([
      expect.objectContaining({ callSessionId, outcome: "answered" }),
    ]);
    expect((await supervisor.get("/api/missed-calls/summary")).body.waiting).toBe(0);
  });

  it("returns an unanswered call-back to the queue, and closes it when the caller gets through", async () => {
    const { h, operator } = suite;
    h.notices.emit(lostCall(9002, "79035550202"));
    h.notices.emit(lostCall(9003, "79035550202"));
    await h.app.context.history.idle();
    const item = await waitFor(() => queueItem("79035550202"), 2_000, "the queue item");
    const full = (await operator.get("/api/missed-calls")).body.items.find(
      (i: { id: number }) => i.id === item.id,
    );
    expect(full.lostCount).toBe(2);

    const started = await operator.post(`/api/missed-calls/${item.id}/call-back`).send({});
    expect(started.status).toBe(200);
    h.notices.emit({
      event: "call_finished",
      callSessionId: started.body.callSessionId,
      receivedAt: Date.now(),
      direction: "out",
      contactPhoneNumber: "79035550202",
      talkTimeDuration: 0,
      totalTimeDuration: 30,
    });
    await h.app.context.history.idle();
    const back = await queueItem("79035550202");
    expect(back?.state).toBe("open");

    h.notices.emit({
      event: "call_finished",
      callSessionId: 9010,
      // The caller rings again later and gets through.
      receivedAt: Date.now() + 120_000,
      direction: "in",
      contactPhoneNumber: "+7 903 555-02-02",
      talkTimeDuration: 60,
      totalTimeDuration: 70,
    });
    await h.app.context.history.idle();
    const list = (await operator.get("/api/missed-calls")).body.items;
    expect(list.find((i: { id: number }) => i.id === item.id)).toMatchObject({
      state: "closed",
      closedReason: "caller_answered",
    });
  });
});
