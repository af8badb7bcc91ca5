import { describe, expect, it } from "vitest";
import { type Json, outcome, useSimulator } from "./sim-harness";

const h = useSimulator();

async function talking(employee_id = 25) {
  return (await h.control.createCall({ state: "talk", employee_id })).call_session_id;
}

async function listed(id: number): Promise<Json> {
  const calls = (await h.call("list.calls")).result?.data as Json[];
  return calls.find((call) => call.call_session_id === id);
}

describe("tag.call", () => {
  it("tags the call, shows the tag in list.calls, refuses unknown and duplicate tags", async () => {
    const id = await talking();
    expect((await h.call("tag.call", { call_session_id: id, tag_id: 254 })).result?.data).toEqual({
      success: "true",
    });
    expect((await listed(id)).tags).toEqual([{ tag_id: 254, tag_name: "Relevant" }]);
    const duplicate = await h.call("tag.call", { call_session_id: id, tag_id: 254 });
    expect(duplicate.error).toMatchObject({
      code: -32602,
      message: "Duplicate tag",
      data: { mnemonic: "duplicate_tag" },
    });
    const unknown = await h.call("tag.call", { call_session_id: id, tag_id: 7 });
    expect(unknown.error).toMatchObject({
      code: -32602,
      message: "Tag with 7 not found",
      data: { mnemonic: "tag_not_found", params: { tag_id: 7 } },
    });
  });
});

describe("record.call", () => {
  it("switches recording on and off, shown as record_call_enabled on every leg", async () => {
    const id = await talking();
    await h.call("record.call", { call_session_id: id, action: "on" });
    expect((await listed(id)).legs.map((leg: Json) => leg.record_call_enabled)).toEqual([
      true,
      true,
    ]);
    const again = await h.call("record.call", { call_session_id: id, action: "on" });
    expect(again.error).toMatchObject({
      code: -32602,
      message: "The call record is already started",
      data: { mnemonic: "record_already_started" },
    });
    await h.call("record.call", { call_session_id: id, action: "off" });
    expect((await listed(id)).legs[0].record_call_enabled).toBe(false);
    const stopped = await h.call("record.call", { call_session_id: id, action: "off" });
    expect(stopped.error).toMatchObject({
      message: "The call record is not enabled",
      data: { mnemonic: "record_already_stopped" },
    });
  });

  it("refuses to switch off universal recording with -32003 forbidden", async () => {
    const id = await talking(28);
    expect((await listed(id)).legs[0].record_call_enabled).toBe(true);
    const reply = await h.call("record.call", { call_session_id: id, action: "off" });
    expect(reply.error).toMatchObject({
      code: -32003,
      message: "Permission denied",
      data: { mnemonic: "forbidden" },
    });
  });
});

describe("add.coach", () => {
  it("adds the configured coach as a leg that rings, then talks", async () => {
    const id = await talking();
    await h.call("add.coach", { call_session_id: id });
    let coach = (await listed(id)).legs.find((leg: Json) => leg.employee_id === 31);
    expect(coach).toMatchObject({
      called_phone_number: "79269990011",
      state: "Redial",
      employee_full_name: "Elena Morozova",
    });
    await h.control.advance(2);
    coach = (await listed(id)).legs.find((leg: Json) => leg.employee_id === 31);
    expect(coach.state).toBe("Conversation");
    expect((await h.control.getCall(id))?.coach).toMatchObject({
      phone_number: "79269990011",
      status: "talking",
    });
  });

  it("dials a coach by phone_number; a coach who never answers drops back out", async () => {
    const id = await talking();
    await h.call("add.coach", { call_session_id: id, phone_number: "79161230000" });
    expect((await listed(id)).legs).toHaveLength(3);
    await h.control.advance(30);
    expect((await listed(id)).legs).toHaveLength(2);
    expect((await h.control.getCall(id))?.state).toBe("TALK");
  });

  it("answers coach_not_found without a configured coach, no_active_phone_number for a dead phone", async () => {
    const id = await talking();
    const inactive = await h.call("add.coach", {
      call_session_id: id,
      phone_number: "79264440022",
    });
    expect(inactive.error).toMatchObject({
      code: -32602,
      message: "The phone number does not exist or inactive",
      data: { mnemonic: "no_active_phone_number" },
    });
    await h.control.setAccount({ coachEmployeeId: null });
    const none = await h.call("add.coach", { call_session_id: id });
    expect(none.error).toMatchObject({
      code: -32602,
      message: "The coach not found in your settings",
      data: { mnemonic: "coach_not_found" },
    });
  });

  it("removes a coach with disconnect.leg and stays in TALK", async () => {
    const id = await talking();
    await h.call("add.coach", { call_session_id: id });
    const coach = (await h.control.getCall(id))?.coach;
    await h.call("disconnect.leg", { call_session_id: id, leg_id: coach?.leg_id });
    const call = await h.control.getCall(id);
    expect(call?.state).toBe("TALK");
    expect(call?.coach).toBeNull();
  });
});

describe("send.dtmf, block.contact, make.call checks", () => {
  it("shows the operator leg as Sending dtmf while it sends", async () => {
    const id = await talking();
    await h.call("send.dtmf", { call_session_id: id, dtmf_string: "12" });
    const operator = (await listed(id)).legs.find((leg: Json) => leg.is_operator);
    expect(operator.state).toBe("Sending dtmf");
    await h.control.advance(1);
    expect((await listed(id)).legs.find((leg: Json) => leg.is_operator).state).toBe("Conversation");
    expect((await h.control.getCall(id))?.dtmf_sent).toEqual(["12"]);
  });

  it("blocks the contact: a second block is duplicate_contact, a new call to it is refused", async () => {
    const call = await h.control.createCall({ state: "talk", contact_phone_number: "79167654321" });
    const id = call.call_session_id;
    expect(outcome(await h.call("block.contact", { call_session_id: id }))).toBe("ok");
    const again = await h.call("block.contact", { call_session_id: id });
    expect(again.error).toMatchObject({
      code: -32602,
      message: "The contact with phone number 79167654321 already exists",
      data: { mnemonic: "duplicate_contact", params: { contact_phone_number: "79167654321" } },
    });
    const blocked = await h.call("start.simple_call", {
      first_call: "contact",
      virtual_phone_number: "74993720692",
      contact: "79167654321",
      operator: "79262444491",
    });
    expect(outcome(blocked)).toBe("contact_in_blacklist");
  });

  it("refuses make.call to an employee without an active phone", async () => {
    const { call_session_id } = await h.control.createCall({ state: "hold" });
    const reply = await h.call("make.call", { call_session_id, to: "108" });
    expect(reply.error).toMatchObject({
      code: -32602,
      data: { mnemonic: "no_active_phone_number", field: "to" },
    });
  });

  it("answers call_session_not_found for every method on an unknown session", async () => {
    for (const method of [
      "tag.call",
      "record.call",
      "send.dtmf",
      "block.contact",
      "call.talk_option",
      "add.coach",
    ]) {
      const params: Record<string, unknown> = { call_session_id: 5 };
      if (method === "tag.call") params.tag_id = 36;
      if (method === "record.call") params.action = "on";
      if (method === "send.dtmf") params.dtmf_string = "1";
      if (method === "call.talk_option") params.button = "1";
      const reply = await h.call(method, params);
      expect(reply.error, method).toMatchObject({
        code: -32602,
        data: { mnemonic: "call_session_not_found" },
      });
    }
  });
});

describe("call.talk_option", () => {
  it("answers talk_option_not_found for a button that is not set", async () => {
    const id = await talking();
    const reply = await h.call("call.talk_option", { call_session_id: id, button: "9" });
    expect(reply.error).toMatchObject({
      code: -32602,
      message: "Talk option not found",
      data: { mnemonic: "talk_option_not_found", field: "button" },
    });
  });

  it("runs tag_call, record_talk (a toggle) and call_coach (a toggle)", async () => {
    const id = await talking();
    await h.call("call.talk_option", { call_session_id: id, button: "1" });
    await h.call("call.talk_option", { call_session_id: id, button: "2" });
    await h.call("call.talk_option", { call_session_id: id, button: "3" });
    let call = await h.control.getCall(id);
    expect(call?.tags).toEqual([{ tag_id: 254, tag_name: "Relevant" }]);
    expect(call?.recording).toBe(true);
    expect(call?.coach).not.toBeNull();
    await h.call("call.talk_option", { call_session_id: id, button: "2" });
    await h.call("call.talk_option", { call_session_id: id, button: "3" });
    call = await h.control.getCall(id);
    expect(call?.recording).toBe(false);
    expect(call?.coach).toBeNull();
  });

  it("transfer_call hands (A) to the option's employee; finish_conversation ends the call", async () => {
    const id = await talking();
    await h.call("call.talk_option", { call_session_id: id, button: "4" });
    await h.control.advance(3);
    const operator = (await listed(id)).legs.find((leg: Json) => leg.is_operator);
    expect(operator).toMatchObject({ employee_id: 26, state: "Conversation" });
    await h.call("call.talk_option", { call_session_id: id, button: "0" });
    expect((await h.control.getCall(id))?.state).toBe("FINISHING");
  });

  it("is refused outside TALK with invalid_state", async () => {
    const { call_session_id } = await h.control.createCall({ state: "hold" });
    const reply = await h.call("call.talk_option", { call_session_id, button: "1" });
    expect(reply.error?.code).toBe(-32004);
  });
});
