import { describe, expect, it } from "vitest";
import { type Json, useSimulator } from "./sim-harness";

const h = useSimulator();

async function legsOf(id: number): Promise<[string, string][]> {
  const call = await h.control.getCall(id);
  return (call?.legs ?? []).map((leg) => [leg.role, leg.status]);
}

async function start(method: string, params: Record<string, unknown>): Promise<number> {
  const reply = await h.call(method, params);
  expect(reply.result?.data.call_session_id, JSON.stringify(reply.error)).toBeTypeOf("number");
  return reply.result?.data.call_session_id;
}

const vn = "74993720692";

describe("calls that live", () => {
  it("start.employee_call with first_call employee: (B) rings, listens, then (A) rings, then TALK", async () => {
    const id = await start("start.employee_call", {
      first_call: "employee",
      virtual_phone_number: vn,
      contact: "79161234567",
      employee: { id: 25 },
      employee_message: { type: "media", value: "2561" }, // 4 s
    });
    expect(await legsOf(id)).toEqual([["operator", "dialing"]]);
    await h.control.advance(3);
    expect(await legsOf(id)).toEqual([["operator", "talking"]]);
    await h.control.advance(4);
    expect(await legsOf(id)).toEqual([
      ["operator", "talking"],
      ["contact", "dialing"],
    ]);
    await h.control.advance(3);
    const call = await h.control.getCall(id);
    expect(call?.state).toBe("TALK");
  });

  it("start.simple_call with first_call contact and switch_at_once false waits for the contact's message", async () => {
    const id = await start("start.simple_call", {
      first_call: "contact",
      virtual_phone_number: vn,
      contact: "79161234567",
      operator: "79262444491",
      contact_message: { type: "media", value: "237" }, // 6 s, from when (A) answers
    });
    await h.control.advance(3); // (A) answers, (B) rings
    expect(await legsOf(id)).toEqual([
      ["contact", "talking"],
      ["operator", "dialing"],
    ]);
    await h.control.advance(3); // (B) answers; the message has 3 s left
    expect((await h.control.getCall(id))?.state).toBe("SESSION");
    await h.control.advance(3);
    expect((await h.control.getCall(id))?.state).toBe("TALK");
    const listed = (await h.call("list.calls")).result?.data[0];
    expect(listed.legs.find((leg: Json) => leg.is_operator)).toMatchObject({
      called_phone_number: "79262444491",
      employee_id: null,
    });
  });

  it("switch_at_once true starts the talk as soon as (B) answers", async () => {
    const id = await start("start.simple_call", {
      first_call: "contact",
      switch_at_once: true,
      virtual_phone_number: vn,
      contact: "79161234567",
      operator: "79262444491",
      contact_message: { type: "media", value: "2034" },
    });
    await h.control.advance(6);
    expect((await h.control.getCall(id))?.state).toBe("TALK");
  });

  it("start.scenario_call and start.vnumber_call reach an employee of the scenario", async () => {
    const scenario = await start("start.scenario_call", {
      first_call: "contact",
      virtual_phone_number: "74951045771",
      contact: "79161234567",
      scenario_id: 23457,
      dtmf_string: ".1.2",
    });
    expect((await h.control.getCall(scenario))?.dtmf_sent).toEqual([".1.2"]);
    const vnumber = await start("start.vnumber_call", {
      first_call: "employee",
      virtual_phone_number: "74957654321",
      contact: "79161234568",
      direction: "out",
    });
    await h.control.advance(6);
    const calls = (await h.call("list.calls")).result?.data as Json[];
    const byId = new Map(calls.map((call) => [call.call_session_id, call]));
    expect(byId.get(scenario)?.legs.find((leg: Json) => leg.is_operator).employee_id).toBe(29);
    expect(byId.get(vnumber)?.direction).toBe("out");
    expect([27, 28, 30]).toContain(
      byId.get(vnumber)?.legs.find((leg: Json) => leg.is_operator).employee_id,
    );
  });

  it("start.informer_call plays its message and ends by itself", async () => {
    const id = await start("start.informer_call", {
      virtual_phone_number: vn,
      contact: "79161234567",
      contact_message: { type: "tts", value: "Your order is ready for pickup" }, // 30 chars: 3 s
    });
    await h.control.advance(3);
    expect(await legsOf(id)).toEqual([["contact", "talking"]]);
    expect(
      (
        await h.call("hold.call", {
          call_session_id: id,
          contact_message: { type: "media", value: "2034" },
        })
      ).error?.code,
    ).toBe(-32004);
    await h.control.advance(3);
    expect((await h.control.getCall(id))?.state).toBe("FINISHING");
    await h.control.advance(2);
    expect(await h.control.getCall(id)).toBeUndefined();
  });

  it("an informer call to a number that never answers ends after its dialing_timeout", async () => {
    const id = await start("start.informer_call", {
      virtual_phone_number: vn,
      contact: "79161230000",
      dialing_timeout: 10,
      contact_message: { type: "tts", value: "Hi" },
    });
    await h.control.advance(9);
    expect((await h.control.getCall(id))?.state).toBe("SESSION");
    await h.control.advance(1);
    expect((await h.control.getCall(id))?.state).toBe("FINISHING");
  });

  it("a start.* call hangs up by itself after a random talk time between 120 and 300 s", async () => {
    const id = await start("start.simple_call", {
      first_call: "operator",
      virtual_phone_number: vn,
      contact: "79161234567",
      operator: "79262444491",
    });
    await h.control.advance(6 + 119);
    expect((await h.control.getCall(id))?.state).toBe("TALK");
    await h.control.advance(300 - 119);
    const call = await h.control.getCall(id);
    expect(call === undefined || call.state === "FINISHING").toBe(true);
  });

  it("control calls never hang up by themselves", async () => {
    const { call_session_id } = await h.control.createCall({ state: "talk" });
    await h.control.advance(3600);
    expect((await h.control.getCall(call_session_id))?.state).toBe("TALK");
  });
});

describe("list.calls", () => {
  it("reports sessions in the reference's shape, filtered by direction and virtual number", async () => {
    await h.control.createCall({
      state: "talk",
      direction: "in",
      virtual_phone_number: "74951045771",
    });
    await h.control.createCall({
      state: "hold",
      direction: "out",
      virtual_phone_number: "74993720692",
    });
    const all = (await h.call("list.calls")).result?.data as Json[];
    expect(all).toHaveLength(2);
    expect(Object.keys(all[0]).sort()).toEqual([
      "call_session_id",
      "contact_phone_number",
      "direction",
      "external_id",
      "legs",
      "start_time",
      "tags",
      "virtual_phone_number",
    ]);
    expect(all[0].start_time).toBe("2026-03-02T09:00:00.000");
    expect(Object.keys(all[0].legs[0]).sort()).toEqual([
      "called_phone_number",
      "calling_phone_number",
      "employee_full_name",
      "employee_id",
      "is_operator",
      "leg_id",
      "record_call_enabled",
      "state",
    ]);
    const incoming = (await h.call("list.calls", { direction: "in" })).result?.data as Json[];
    expect(incoming.map((call) => call.direction)).toEqual(["in"]);
    const byNumber = (await h.call("list.calls", { virtual_phone_number: "74993720692" })).result
      ?.data as Json[];
    expect(byNumber.map((call) => call.direction)).toEqual(["out"]);
    expect(byNumber[0].legs.map((leg: Json) => leg.state).sort()).toEqual([
      "Conversation",
      "On hold",
    ]);
  });

  it("speaks the account's language: Russian leg states after /control/language", async () => {
    const { call_session_id } = await h.control.createCall({ state: "operator_talk" });
    await h.control.setLanguage("ru");
    const call = (((await h.call("list.calls")).result?.data ?? []) as Json[]).find(
      (c) => c.call_session_id === call_session_id,
    );
    expect(call.legs.map((leg: Json) => leg.state).sort()).toEqual(
      ["На удержании", "Разговор операторов", "Разговор операторов"].sort(),
    );
  });

  it("shows an inbound caller as Next in line while the employee rings", async () => {
    await h.control.createCall({ state: "ringing" });
    const legs = (await h.call("list.calls")).result?.data[0].legs.map((leg: Json) => leg.state);
    expect(legs).toEqual(["Next in line", "Redial"]);
  });
});

describe("the inbound generator", () => {
  it("brings inbound calls at the configured rate, answered by employees of the number's scenario", async () => {
    await h.control.setInbound(6);
    await h.control.advance(60);
    const calls = (await h.call("list.calls", { direction: "in" })).result?.data as Json[];
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.contact_phone_number).toMatch(/^79\d{9}$/);
      expect(call.legs.find((leg: Json) => leg.is_operator).employee_id).toBeTypeOf("number");
    }
    await h.control.setInbound(0);
  });

  it("a reset without a seed never hands out an id again", async () => {
    await h.control.reset({ seed: 7 });
    const before = await h.control.createCall({ state: "ringing" });
    await h.control.reset();
    const after = await h.control.createCall({ state: "ringing" });
    expect(after.call_session_id).toBeGreaterThan(before.call_session_id);
    await h.control.reset({ seed: 7 });
    const replayed = await h.control.createCall({ state: "ringing" });
    expect(replayed.call_session_id).toBe(before.call_session_id);
  });

  it("replays the same calls for the same seed", async () => {
    const run = async () => {
      await h.control.reset({ seed: 7, inboundPerMinute: 4 });
      await h.control.advance(120);
      return (await h.call("list.calls")).result?.data;
    };
    const first = await run();
    expect(first.length).toBeGreaterThan(0);
    expect(await run()).toEqual(first);
    await h.control.reset({ seed: 8, inboundPerMinute: 4 });
    await h.control.advance(120);
    expect((await h.call("list.calls")).result?.data).not.toEqual(first);
  });
});
