import { notificationTriggers } from "@callboard/callapi";
import { describe, expect, it } from "vitest";
import { kitBody, sampleValues } from "../../test/notification-bodies";
import { buildNotificationKit } from "./notification-kit";
import { parseNotice } from "./parse-notice";

const at = 1_780_000_000_000;

describe("the notification kit", () => {
  const kit = buildNotificationKit("https://board.example.com/", "s3cret/with?chars");

  it("gives the URL with the secret in it, and one POST entry per trigger", () => {
    expect(kit.url).toBe(
      "https://board.example.com/api/hooks/callgear?secret=s3cret%2Fwith%3Fchars",
    );
    expect(kit.events.map((e) => e.event)).toEqual(notificationTriggers.map((t) => t.event));
    expect(kit.events.every((e) => e.method === "POST")).toBe(true);
  });

  it("writes every variable of a trigger as an unquoted placeholder, beside the event literal", () => {
    for (const entry of kit.events) {
      const trigger = notificationTriggers.find((t) => t.event === entry.event);
      expect(entry.body).toContain(`"event": "${entry.event}"`);
      for (const variable of trigger?.variables ?? []) {
        expect(entry.body).toContain(`"${variable}": {{${variable}}}`);
      }
      // Rendered, it is JSON.
      const rendered = JSON.parse(kitBody(entry.event, sampleValues(7), entry.body));
      expect(rendered.event).toBe(entry.event);
    }
  });
});

describe("parsing a notification", () => {
  it("reads every trigger's rendered body", () => {
    for (const trigger of notificationTriggers) {
      const parsed = parseNotice(JSON.parse(kitBody(trigger.event, sampleValues(77))), at);
      expect(parsed.ok, trigger.event).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.notice.event).toBe(trigger.event);
      expect(parsed.notice.callSessionId).toBe(77);
      expect(parsed.notice.receivedAt).toBe(at);
      expect(parsed.notice.notificationTime).toBe("2026-12-05 10:00:00");
    }
  });

  it("takes numbers as strings, lists as comma-separated text, phone numbers as numbers", () => {
    const parsed = parseNotice(
      {
        event: "talk_started",
        call_session_id: "901",
        employee_id: " 11 ",
        leg_ids: "9011, 9012",
        virtual_phone_number: 74993720692,
        talk_time_duration: "42",
      },
      at,
    );
    expect(parsed).toMatchObject({
      ok: true,
      notice: {
        callSessionId: 901,
        employeeId: 11,
        legIds: [9011, 9012],
        virtualPhoneNumber: "74993720692",
        talkTimeDuration: 42,
      },
    });
  });

  it("drops empty values (null, empty text, an empty list) and unknown fields", () => {
    const parsed = parseNotice(
      {
        event: "lost_call",
        call_session_id: 5,
        contact_full_name: "",
        employee_ids: "",
        scenario_name: null,
        wait_time_duration: "n/a",
        favourite_colour: "green",
      },
      at,
    );
    expect(parsed).toEqual({
      ok: true,
      notice: { event: "lost_call", callSessionId: 5, receivedAt: at },
    });
  });

  it("refuses what it cannot use, saying why", () => {
    expect(parseNotice("text", at)).toMatchObject({ ok: false, reason: "not_an_object" });
    expect(parseNotice([1], at)).toMatchObject({ ok: false, reason: "not_an_object" });
    expect(parseNotice({ event: "call_started", call_session_id: 1 }, at)).toEqual({
      ok: false,
      reason: "unknown_event",
      event: "call_started",
    });
    expect(parseNotice({ event: "talk_started", call_session_id: "" }, at)).toEqual({
      ok: false,
      reason: "no_call_session_id",
      event: "talk_started",
    });
  });
});
