import { describe, expect, it } from "vitest";
import { useHarness, waitFor } from "./harness";

const t = useHarness({ roles: ["operator", "supervisor"] });

describe("actions on a live call", () => {
  it("lists live calls normalised: canonical leg states beside the text, phase from the legs", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const list = await waitFor(async () => {
      await t.h.app.feed.refreshNow();
      const response = await t.operator.get("/api/calls");
      const found = response.body.calls?.find((c: { id: number }) => c.id === call.call_session_id);
      return found ? response : undefined;
    });
    expect(list.status).toBe(200);
    expect(list.body.version).toEqual(expect.any(Number));
    const session = list.body.calls.find((c: { id: number }) => c.id === call.call_session_id);
    expect(session.phase).toBe("talk");
    expect(session.legs.map((leg: { state: string }) => leg.state)).toEqual(["talking", "talking"]);
    expect(session.legs[0].stateText).toBe("Conversation");
    expect(Date.parse(session.startedAt)).not.toBeNaN();
  });

  it("holds a call with the configured default message, then unholds it", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const hold = await t.operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
    expect(hold.status).toBe(200);
    expect(hold.body).toEqual({ ok: true });
    const held = await t.h.control.getCall(call.call_session_id);
    expect(held?.state).toBe("HOLD");
    expect(held?.hold_message).toEqual({ type: "tts", value: "Please stay on the line." });

    const unhold = await t.operator.post(`/api/calls/${call.call_session_id}/unhold`).send({});
    expect(unhold.status).toBe(200);
    expect((await t.h.control.getCall(call.call_session_id))?.state).toBe("TALK");
  });

  it("consults, then transfers to the third party", async () => {
    const call = await t.h.control.createCall({ state: "hold" });
    const consult = await t.operator
      .post(`/api/calls/${call.call_session_id}/consult`)
      .send({ to: "79261112233" });
    expect(consult.status).toBe(200);
    expect((await t.h.control.getCall(call.call_session_id))?.state).toBe("DIALING");
    const transfer = await t.operator.post(`/api/calls/${call.call_session_id}/transfer`).send({});
    expect(transfer.status).toBe(200);
    const sent = await t.h.control.requests("transfer.talk");
    expect(sent).toHaveLength(1);
  });

  it("restores the talk after a consultation", async () => {
    const call = await t.h.control.createCall({ state: "operator_talk" });
    const restore = await t.operator.post(`/api/calls/${call.call_session_id}/restore`).send({});
    expect(restore.status).toBe(200);
    expect((await t.h.control.getCall(call.call_session_id))?.state).toBe("TALK");
  });

  it("tags, records, sends DTMF, presses a talk option, blocks the contact", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const id = call.call_session_id;
    const tags = await t.operator.get("/api/directory/tags");
    expect(tags.status).toBe(200);
    const tagId = tags.body[0].id as number;
    expect((await t.operator.post(`/api/calls/${id}/tags`).send({ tag_id: tagId })).status).toBe(
      200,
    );
    expect(
      (await t.operator.post(`/api/calls/${id}/recording`).send({ action: "on" })).status,
    ).toBe(200);
    expect(
      (await t.operator.post(`/api/calls/${id}/dtmf`).send({ dtmf_string: "1#" })).status,
    ).toBe(200);
    const options = await t.operator.get("/api/talk-options");
    expect(options.status).toBe(200);
    expect(options.body.length).toBeGreaterThan(0);
    const button =
      (options.body as { button: string; mnemonic: string }[]).find(
        (o) => o.mnemonic === "tag_call",
      ) ?? options.body[0];
    const pressed = await t.operator
      .post(`/api/calls/${id}/talk-option`)
      .send({ button: button.button });
    expect([200, 409]).toContain(pressed.status);
    expect((await t.operator.post(`/api/calls/${id}/block-contact`).send({})).status).toBe(200);
    const state = await t.h.control.getCall(id);
    expect(state?.tags.map((t) => t.tag_id)).toContain(tagId);
    expect(state?.recording).toBe(true);
    expect(state?.dtmf_sent).toContain("1#");
  });

  it("lets a supervisor add a coach", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const coach = await t.supervisor
      .post(`/api/calls/${call.call_session_id}/coach`)
      .send({ phone_number: "79269990011" });
    expect(coach.status).toBe(200);
    expect((await t.h.control.getCall(call.call_session_id))?.coach).not.toBeNull();
  });

  it("disconnects a leg and releases a call", async () => {
    const first = await t.h.control.createCall({ state: "talk" });
    const operatorLeg = first.legs.find((leg) => leg.role === "operator");
    const disconnect = await t.operator.delete(
      `/api/calls/${first.call_session_id}/legs/${operatorLeg?.leg_id}`,
    );
    expect(disconnect.status).toBe(200);
    const second = await t.h.control.createCall({ state: "talk" });
    const release = await t.operator.delete(`/api/calls/${second.call_session_id}`);
    expect(release.status).toBe(200);
    expect(await t.h.control.requests("release.call")).toHaveLength(1);
  });

  it("starts an outbound call and refreshes the feed", async () => {
    const start = await t.operator.post("/api/calls/start/simple").send({
      virtual_phone_number: "74993720692",
      contact: "79031234567",
      first_call: "operator",
      operator: "79260000001",
    });
    expect(start.status).toBe(200);
    expect(start.body.callSessionId).toEqual(expect.any(Number));
    expect(await t.h.control.requests("start.simple_call")).toHaveLength(1);

    const audit = await t.supervisor
      .get("/api/audit")
      .query({ callSessionId: start.body.callSessionId });
    expect(audit.body.entries).toHaveLength(1);
    expect(audit.body.entries[0]).toMatchObject({ action: "start.simple_call", result: "ok" });
  });

  it("sends numbers written as people write them upstream as E.164 digits", async () => {
    const start = await t.operator.post("/api/calls/start/simple").send({
      virtual_phone_number: "+7 (499) 372-06-92",
      contact: "8 903 123-45-67",
      first_call: "operator",
      operator: "+7 926 000-00-01",
    });
    expect(start.status).toBe(200);
    const [started] = await t.h.control.requests("start.simple_call");
    expect(started?.params).toMatchObject({
      virtual_phone_number: "74993720692",
      contact: "79031234567",
      operator: "79260000001",
    });

    const call = await t.h.control.createCall({ state: "hold" });
    const consult = await t.operator
      .post(`/api/calls/${call.call_session_id}/consult`)
      .send({ to: "+7 926 111-22-33" });
    expect(consult.status).toBe(200);
    const [dialled] = await t.h.control.requests("make.call");
    expect(dialled?.params).toMatchObject({ to: "79261112233" });
  });

  it("refuses an unknown kind of outbound call", async () => {
    const response = await t.operator.post("/api/calls/start/carrier-pigeon").send({});
    expect(response.status).toBe(404);
    expect(await t.h.sentActions()).toHaveLength(0);
  });
});

describe("upstream errors reach the browser with the right status", () => {
  it("invalid_state is 409 with a method-aware hint", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const response = await t.operator.post(`/api/calls/${call.call_session_id}/unhold`).send({});
    expect(response.status).toBe(409);
    expect(response.body.mnemonic).toBe("invalid_state");
    expect(response.body.code).toBe(-32004);
    expect(response.body.hint).toEqual(expect.any(String));
  });

  it("a call that is gone is 404", async () => {
    const response = await t.operator.post("/api/calls/99999999/hold").send({});
    expect(response.status).toBe(404);
    expect(response.body.mnemonic).toBe("call_session_not_found");
  });

  it("an exhausted minute budget is 429 with retryAfterSeconds", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    await t.h.control.setLimits({ minute_remaining: 0 });
    try {
      const response = await t.operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
      expect(response.status).toBe(429);
      expect(response.body.mnemonic).toBe("limit_exceeded");
      expect(response.body.retryAfterSeconds).toBeGreaterThan(0);
      expect(response.headers["retry-after"]).toBeDefined();
    } finally {
      await t.h.control.setLimits({ minute_remaining: 150, minute_limit: 150 });
    }
  });

  it("answers in Russian when the browser asks for it", async () => {
    const response = await t.operator
      .post("/api/calls/99999999/hold")
      .set("Accept-Language", "ru-RU,ru;q=0.9")
      .send({});
    expect(response.status).toBe(404);
    expect(response.body.message).toMatch(/[а-яА-Я]/);
  });
});

describe("bad input goes nowhere", () => {
  it.each([
    ["consult without a number", "/consult", {}],
    ["consult to letters", "/consult", { to: "call-me" }],
    ["consult to a number too short", "/consult", { to: "+7 926" }],
    ["an unknown field", "/unhold", { please: true }],
    ["a tag id that is text", "/tags", { tag_id: "36" }],
    ["a recording action outside on/off", "/recording", { action: "pause" }],
    ["DTMF with letters", "/dtmf", { dtmf_string: "12ab" }],
    [
      "a hold message of an unknown type",
      "/hold",
      { contact_message: { type: "mp3", value: "x" } },
    ],
  ])("refuses %s with 400 and no upstream call", async (_name, path, body) => {
    const response = await t.operator.post(`/api/calls/4242${path}`).send(body);
    expect(response.status).toBe(400);
    expect(response.body.mnemonic).toBe("validation_failed");
    expect(response.body.issues.length).toBeGreaterThan(0);
    expect(await t.h.sentActions()).toHaveLength(0);
  });

  it("refuses a call id that is not a number", async () => {
    const response = await t.operator.post("/api/calls/abc/hold").send({});
    expect(response.status).toBe(400);
    expect(response.body.field).toBe("id");
    expect(await t.h.sentActions()).toHaveLength(0);
  });

  it("refuses a start body breaking a cross-field rule", async () => {
    const response = await t.operator.post("/api/calls/start/simple").send({
      virtual_phone_number: "74993720692",
      contact: "79031234567",
      first_call: "contact",
      early_switching: true,
      operator: "79260000001",
    });
    expect(response.status).toBe(400);
    expect(await t.h.sentActions()).toHaveLength(0);
  });

  it("refuses a body that is not JSON with 415, and one over 32 KB with 413", async () => {
    const form = await t.operator
      .post("/api/calls/4242/hold")
      .set("Content-Type", "text/plain")
      .send("contact_message=hello");
    expect(form.status).toBe(415);
    expect(form.body.mnemonic).toBe("unsupported_media_type");
    const huge = await t.operator
      .post("/api/calls/4242/hold")
      .send({ contact_message: { type: "tts", value: "x".repeat(40_000) } });
    expect(huge.status).toBe(413);
    expect(huge.body.mnemonic).toBe("payload_too_large");
    const broken = await t.operator
      .post("/api/calls/4242/hold")
      .set("Content-Type", "application/json")
      .send("{oops");
    expect(broken.status).toBe(400);
    expect(await t.h.sentActions()).toHaveLength(0);
  });

  it("answers JSON 404 for an unknown /api route", async () => {
    const response = await t.operator.get("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(response.body.mnemonic).toBe("not_found");
  });
});
