import {
  type NotificationEvent,
  type NotificationVariable,
  notificationTriggers,
  notificationVariables,
} from "@callboard/callapi";
import { describe, expect, it } from "vitest";
import { useReceiver } from "./notification-receiver";
import { type Json, useSimulator } from "./sim-harness";

const h = useSimulator({
  notificationDelivery: { delayMinMs: 0, delayMaxMs: 0, reorderRate: 0, duplicateRate: 0 },
});
const receiver = useReceiver();

/** A body naming every variable there is, unquoted, as integrators write them. */
function everyVariable(event: NotificationEvent): string {
  const fields = notificationVariables.map((name) => `"${name}":{{${name}}}`);
  return `{"event":"${event}",${fields.join(",")}}`;
}

/** One notification per trigger, each carrying every variable, all to the receiver. */
async function configureAll(): Promise<void> {
  await h.control.configureNotifications(
    notificationTriggers.map(({ event }) => ({
      trigger: event,
      url: `${receiver.url}?secret=s3cret`,
      body: everyVariable(event),
    })),
  );
}

/** The JSON type each variable carries when its trigger has it. */
const expectedType: Record<NotificationVariable, string> = {
  notification_name: "string",
  notification_mnemonic: "string",
  notification_time: "string",
  virtual_phone_number: "string",
  scenario_name: "string",
  contact_phone_number: "string",
  communication_number: "string",
  contact_id: "null",
  contact_full_name: "null",
  call_session_id: "number",
  external_id: "null",
  employee_full_name: "string",
  employee_id: "number",
  employee_phone_number: "string",
  extension_phone_number: "string",
  employee_ids: "number[]",
  call_source: "string",
  direction: "string",
  leg_id: "number",
  leg_ids: "number[]",
  talk_time_duration: "number",
  total_time_duration: "number",
  wait_time_duration: "number",
  tag_ids: "number[]",
  tag_names: "string[]",
  call_status: "string",
  file_link: "string",
  file_duration: "number",
};

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `${typeof value[0]}[]`;
  return typeof value;
}

const events = (posts: { json: Json }[]) => posts.map((post) => post.json.event);

describe("notifications: rendering", () => {
  it("renders every trigger's variables with their JSON types, and null for the others", async () => {
    await configureAll();
    // An inbound call to Sergey Popov (universal recording), tagged, answered and hung up.
    const inbound = await h.control.createCall({
      state: "ringing",
      employee_id: 28,
      virtual_phone_number: "74957654321",
      contact_phone_number: "79161234567",
    });
    await h.control.advance(3);
    await h.call("tag.call", { call_session_id: inbound.call_session_id, tag_id: 36 });
    await h.control.advance(40);
    await h.call("release.call", { call_session_id: inbound.call_session_id });
    // An outbound call, and an inbound one nobody answered.
    await h.control.createCall({ state: "talk", direction: "out", employee_id: 26 });
    const lost = await h.control.createCall({ state: "ringing", employee_id: 27 });
    await h.control.advance(2);
    await h.call("release.call", { call_session_id: lost.call_session_id });

    const posts = await receiver.waitFor(12);
    expect(posts.every((post) => post.url === "/hooks?secret=s3cret")).toBe(true);
    for (const trigger of notificationTriggers) {
      const post = posts.find((candidate) => candidate.json.event === trigger.event);
      expect(post, trigger.event).toBeDefined();
      for (const name of notificationVariables) {
        const value = post?.json[name];
        const wanted = trigger.variables.includes(name) ? expectedType[name] : "null";
        // Lists of a trigger may be empty (no tags yet), which still makes them arrays.
        const actual = Array.isArray(value) && value.length === 0 ? wanted : typeOf(value);
        expect(`${trigger.event}.${name}: ${actual}`).toBe(`${trigger.event}.${name}: ${wanted}`);
      }
    }
    const byEvent = (event: NotificationEvent) =>
      posts.find((post) => post.json.event === event)?.json as Json;
    expect(byEvent("incoming_call")).toMatchObject({
      notification_name: "Inbound call on a virtual phone number",
      notification_mnemonic: "incoming_call",
      // The manual clock's 09:00:00 UTC in Moscow.
      notification_time: "2026-03-02 12:00:00",
      call_session_id: inbound.call_session_id,
      virtual_phone_number: "74957654321",
      scenario_name: "Support line",
      contact_phone_number: "79161234567",
      communication_number: "1",
    });
    const operatorLeg = inbound.legs.find((leg) => leg.role === "operator");
    expect(byEvent("waiting_for_answer")).toMatchObject({
      leg_id: operatorLeg?.leg_id,
      employee_id: 28,
      employee_full_name: "Sergey Popov",
      direction: "in",
      call_source: "va",
    });
    expect(byEvent("talk_started").leg_ids).toEqual(
      expect.arrayContaining(inbound.legs.map((leg) => leg.leg_id)),
    );
    expect(byEvent("talk_finished")).toMatchObject({ talk_time_duration: 40 });
    expect(byEvent("call_finished")).toMatchObject({
      call_session_id: inbound.call_session_id,
      talk_time_duration: 40,
      wait_time_duration: 3,
      total_time_duration: 43,
      tag_names: ["Sale"],
      call_status: "successful",
      extension_phone_number: "104",
    });
    expect(byEvent("outbound_call")).toMatchObject({
      employee_id: 26,
      employee_phone_number: "79261112233",
    });
    expect(byEvent("lost_call")).toMatchObject({
      call_session_id: lost.call_session_id,
      employee_ids: [27],
      wait_time_duration: 2,
    });
    expect(byEvent("recording_completed")).toMatchObject({
      file_duration: 40,
      tag_ids: [36],
      tag_names: ["Sale"],
    });
  });

  it("writes a placeholder the admin quoted as text, lists comma-separated, null as empty", async () => {
    await h.control.configureNotifications([
      {
        trigger: "talk_started",
        url: receiver.url,
        body: '{"id":"{{call_session_id}}","legs":"{{leg_ids}}","ext":"{{external_id}}","x":{{no_such}}}',
      },
    ]);
    const call = await h.control.createCall({ state: "talk" });
    const [post] = await receiver.waitFor(1);
    expect(post?.json).toEqual({
      id: String(call.call_session_id),
      legs: call.legs.map((leg) => leg.leg_id).join(","),
      ext: "",
      x: null,
    });
  });

  it("writes notification_time in the account's time zone from the simulated clock", async () => {
    await h.control.configureNotifications([
      { trigger: "incoming_call", url: receiver.url, body: '{"at":{{notification_time}}}' },
    ]);
    await h.control.advance(3600 * 13 + 61);
    await h.control.createCall({ state: "talk" });
    const [post] = await receiver.waitFor(1);
    // 22:01:01 UTC is past midnight in Moscow.
    expect(post?.json).toEqual({ at: "2026-03-03 01:01:01" });
  });
});

describe("notifications: a call's lifecycle", () => {
  it("arrives in lifecycle order with jitter off", async () => {
    await configureAll();
    const call = await h.control.createCall({ state: "ringing", employee_id: 28 });
    await h.control.advance(3);
    await h.control.advance(30);
    await h.call("release.call", { call_session_id: call.call_session_id });
    const posts = await receiver.waitFor(6);
    expect(events(posts)).toEqual([
      "incoming_call",
      "waiting_for_answer",
      "talk_started",
      "talk_finished",
      "call_finished",
      "recording_completed",
    ]);
    expect(posts.every((post) => post.json.call_session_id === call.call_session_id)).toBe(true);
  });

  it("posts lost_call (after call_finished) for an inbound call nobody answered", async () => {
    await configureAll();
    const call = await h.control.createCall({ state: "ringing", employee_id: 25 });
    await h.control.advance(2);
    await h.call("release.call", { call_session_id: call.call_session_id });
    const posts = await receiver.waitFor(4);
    expect(events(posts)).toEqual([
      "incoming_call",
      "waiting_for_answer",
      "call_finished",
      "lost_call",
    ]);
    expect(posts[2]?.json.call_status).toBe("lost");
    expect(posts[3]?.json).toMatchObject({ employee_ids: [25], wait_time_duration: 2 });
  });

  it("posts recording_completed only for a call that was recorded", async () => {
    await h.control.configureNotifications(
      (["call_finished", "recording_completed"] as const).map((trigger) => ({
        trigger,
        url: receiver.url,
        body: `{"event":"${trigger}","id":{{call_session_id}},"link":{{file_link}}}`,
      })),
    );
    const plain = await h.control.createCall({ state: "talk", employee_id: 25 });
    await h.call("release.call", { call_session_id: plain.call_session_id });
    const recorded = await h.control.createCall({ state: "talk", employee_id: 25 });
    await h.call("record.call", { call_session_id: recorded.call_session_id, action: "on" });
    await h.control.advance(5);
    await h.call("release.call", { call_session_id: recorded.call_session_id });
    const posts = await receiver.waitFor(3);
    expect(posts.map((post) => [post.json.event, post.json.id])).toEqual([
      ["call_finished", plain.call_session_id],
      ["call_finished", recorded.call_session_id],
      ["recording_completed", recorded.call_session_id],
    ]);
    const link = posts[2]?.json.link as string;
    expect(link).toMatch(
      new RegExp(`^${h.sim.url}/system/media/talk/${recorded.call_session_id}/[0-9a-f]{32}/$`),
    );
    const audio = await fetch(link);
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-type")).toBe("audio/wav");
    const wav = Buffer.from(await audio.arrayBuffer());
    expect(wav.subarray(0, 4).toString("ascii")).toBe("RIFF");
    expect(wav.subarray(8, 12).toString("ascii")).toBe("WAVE");
    // 5 s of 8 kHz 8-bit mono after a 44-byte header.
    expect(wav.length).toBe(44 + 5 * 8000);
    expect((await fetch(link.replace(/[0-9a-f]{32}/, "0".repeat(32)))).status).toBe(404);
  });
});
