import { describe, expect, it } from "vitest";
import { callIn as callInState, type Setup, stateOf as stateIn } from "./call-states";
import { outcome, useSimulator } from "./sim-harness";

const h = useSimulator();
const callIn = (setup: Setup, extra: Parameters<typeof callInState>[2] = {}) =>
  callInState(h, setup, extra);
const stateOf = (id: number) => stateIn(h, id);
describe("the call state machine of the reference's diagram", () => {
  it("SESSION -> TALK once the employee answers an inbound call", async () => {
    const call = await callIn("ringing");
    await h.control.advance(2);
    expect(await stateOf(call.call_session_id)).toBe("SESSION");
    await h.control.advance(1);
    expect(await stateOf(call.call_session_id)).toBe("TALK");
  });

  it("TALK -> HOLD -> TALK by hold.call and unhold.call, keeping the hold message", async () => {
    const { call_session_id } = await callIn("talk");
    await h.call("hold.call", {
      call_session_id,
      contact_message: { type: "tts", value: "Please wait" },
    });
    expect((await h.control.getCall(call_session_id))?.hold_message).toEqual({
      type: "tts",
      value: "Please wait",
    });
    await h.call("unhold.call", { call_session_id });
    const call = await h.control.getCall(call_session_id);
    expect(call?.state).toBe("TALK");
    expect(call?.hold_message).toBeNull();
  });

  it("HOLD <-> WAITING_INPUT by send.dtmf(*), and make.call from WAITING_INPUT", async () => {
    const { call_session_id } = await callIn("hold");
    await h.call("send.dtmf", { call_session_id, dtmf_string: "*" });
    expect(await stateOf(call_session_id)).toBe("WAITING_INPUT");
    await h.call("send.dtmf", { call_session_id, dtmf_string: "*" });
    expect(await stateOf(call_session_id)).toBe("HOLD");
    await h.call("send.dtmf", { call_session_id, dtmf_string: "*" });
    await h.call("make.call", { call_session_id, to: "103" });
    const call = await h.control.getCall(call_session_id);
    expect(call?.state).toBe("DIALING");
    expect(call?.legs.find((leg) => leg.role === "third_party")).toMatchObject({
      called_phone_number: "79263334455",
      employee_id: 27,
      status: "dialing",
    });
  });

  it("DIALING -> OPERATOR_TALK when (C) answers after 5 s", async () => {
    const { call_session_id } = await callIn("hold");
    await h.call("make.call", { call_session_id, to: "79161234567" });
    await h.control.advance(4);
    expect(await stateOf(call_session_id)).toBe("DIALING");
    await h.control.advance(1);
    const call = await h.control.getCall(call_session_id);
    expect(call?.state).toBe("OPERATOR_TALK");
    expect(call?.legs.map((leg) => [leg.role, leg.status])).toEqual([
      ["operator", "operators_talking"],
      ["contact", "on_hold"],
      ["third_party", "operators_talking"],
    ]);
  });

  it("DIALING -> HOLD when (C) never answers (a number ending in 000) after 20 s", async () => {
    const { call_session_id } = await callIn("hold");
    await h.call("make.call", { call_session_id, to: "79161230000" });
    await h.control.advance(19);
    expect(await stateOf(call_session_id)).toBe("DIALING");
    await h.control.advance(1);
    const call = await h.control.getCall(call_session_id);
    expect(call?.state).toBe("HOLD");
    expect(call?.history.at(-1)).toMatchObject({ state: "HOLD", by: "call_failed" });
    expect(call?.legs.find((leg) => leg.role === "third_party")?.status).toBe("disconnected");
  });

  it("DIALING -> HOLD after 2 s when (C) is busy (a number ending in 486)", async () => {
    const { call_session_id } = await callIn("hold");
    await h.call("make.call", { call_session_id, to: "79161234486" });
    await h.control.advance(2);
    expect(await stateOf(call_session_id)).toBe("HOLD");
  });

  it("DIALING -> TALK by restore.talk: (C) drops, (B) and (A) talk", async () => {
    const { call_session_id } = await callIn("dialing");
    await h.call("restore.talk", { call_session_id });
    await h.control.advance(10);
    const call = await h.control.getCall(call_session_id);
    expect(call?.state).toBe("TALK");
    expect(
      call?.legs
        .filter((leg) => !leg.disconnected)
        .map((leg) => leg.role)
        .sort(),
    ).toEqual(["contact", "operator"]);
  });

  it("DIALING -> TALK by transfer.talk once (C) answers: (C) + (A), (B) has left", async () => {
    const { call_session_id } = await callIn("dialing");
    await h.call("transfer.talk", { call_session_id });
    let call = await h.control.getCall(call_session_id);
    expect(call?.state).toBe("DIALING");
    expect(call?.transfer_pending).toBe(true);
    expect(call?.legs.find((leg) => leg.role === "contact")?.status).toBe("transferring");
    expect(outcome(await h.call("restore.talk", { call_session_id }))).toBe("invalid_state");
    await h.control.advance(5);
    call = await h.control.getCall(call_session_id);
    expect(call?.state).toBe("TALK");
    expect(
      call?.legs
        .filter((leg) => !leg.disconnected)
        .map((leg) => leg.role)
        .sort(),
    ).toEqual(["contact", "third_party"]);
  });

  it("DIALING -> FINISHING by transfer.talk when the call to (C) fails", async () => {
    const { call_session_id } = await callIn("dialing", {
      third_party_phone_number: "79161230000",
    });
    await h.call("transfer.talk", { call_session_id });
    await h.control.advance(20);
    expect(await stateOf(call_session_id)).toBe("FINISHING");
    await h.control.advance(2);
    expect(await stateOf(call_session_id)).toBeUndefined();
  });

  it("OPERATOR_TALK -> TALK by restore.talk ((B) + (A)) or transfer.talk ((C) + (A))", async () => {
    const restored = await callIn("operator_talk");
    await h.call("restore.talk", { call_session_id: restored.call_session_id });
    const afterRestore = await h.control.getCall(restored.call_session_id);
    expect(afterRestore?.state).toBe("TALK");
    expect(afterRestore?.legs.find((leg) => leg.role === "operator")?.disconnected).toBe(false);

    const transferred = await callIn("operator_talk");
    await h.call("transfer.talk", { call_session_id: transferred.call_session_id });
    const afterTransfer = await h.control.getCall(transferred.call_session_id);
    expect(afterTransfer?.state).toBe("TALK");
    expect(afterTransfer?.legs.find((leg) => leg.role === "operator")?.disconnected).toBe(true);
    expect(afterTransfer?.legs.find((leg) => leg.role === "third_party")?.status).toBe("talking");
  });

  it("TALK -> POST_TALK -> FINISHING -> gone, by disconnect.leg of (B)", async () => {
    const call = await callIn("talk");
    const id = call.call_session_id;
    const operator = call.legs.find((leg) => leg.role === "operator");
    await h.call("disconnect.leg", { call_session_id: id, leg_id: operator?.leg_id });
    expect(await stateOf(id)).toBe("POST_TALK");
    await h.control.advance(3);
    expect(await stateOf(id)).toBe("FINISHING");
    const listed = await h.call("list.calls");
    expect(listed.result?.data[0].legs.map((leg: { state: string }) => leg.state)).toEqual([
      "Disconnect",
      "Disconnect",
    ]);
    await h.control.advance(2);
    expect(await stateOf(id)).toBeUndefined();
    expect((await h.call("list.calls")).result?.data).toEqual([]);
    expect(outcome(await h.call("release.call", { call_session_id: id }))).toBe(
      "call_session_not_found",
    );
  });

  it("disconnect.leg of (A) ends the whole session at once", async () => {
    const call = await callIn("talk");
    const contact = call.legs.find((leg) => leg.role === "contact");
    await h.call("disconnect.leg", {
      call_session_id: call.call_session_id,
      leg_id: contact?.leg_id,
    });
    expect(await stateOf(call.call_session_id)).toBe("FINISHING");
  });

  it("disconnect.leg of (C) after a transfer goes through POST_TALK", async () => {
    const call = await callIn("operator_talk");
    await h.call("transfer.talk", { call_session_id: call.call_session_id });
    const third = call.legs.find((leg) => leg.role === "third_party");
    await h.call("disconnect.leg", {
      call_session_id: call.call_session_id,
      leg_id: third?.leg_id,
    });
    expect(await stateOf(call.call_session_id)).toBe("POST_TALK");
  });

  it("answers leg_not_found for a leg the session does not have", async () => {
    const call = await callIn("talk");
    const reply = await h.call("disconnect.leg", {
      call_session_id: call.call_session_id,
      leg_id: 1,
    });
    expect(reply.error).toMatchObject({
      code: -32602,
      message: "The call's leg not found",
      data: { mnemonic: "leg_not_found", field: "leg_id", value: 1 },
    });
  });

  it("records every state passed through, transient ones included", async () => {
    const { call_session_id } = await callIn("talk");
    await h.call("tag.call", { call_session_id, tag_id: 36 });
    await h.call("record.call", { call_session_id, action: "on" });
    await h.call("add.coach", { call_session_id });
    const states = (await h.control.getCall(call_session_id))?.history.map((step) => step.state);
    expect(states).toEqual([
      "SESSION",
      "TALK",
      "MARK_CALL",
      "TALK",
      "RECORD_TALK",
      "TALK",
      "CALL_COACH",
      "TALK",
    ]);
  });
});
