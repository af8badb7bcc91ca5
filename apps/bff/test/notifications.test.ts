import type { NotificationEvent } from "@callboard/callapi";
import type { CallSession } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { useHarness, WEBHOOK_SECRET } from "./harness";
import { kitBody, sampleValues } from "./notification-bodies";

/**
 * A zone where it is now late morning, so the working day (09:00-21:00) has most of its hours
 * ahead whenever the suite runs, and the plan's gap does not depend on the hour of the run.
 */
const lateMorning = `Etc/GMT${new Date().getUTCHours() - 11 >= 0 ? "+" : "-"}${Math.abs(new Date().getUTCHours() - 11)}`;
const t = useHarness({
  roles: ["operator", "admin"] as const,
  env: { CALLBOARD_TIMEZONE: lateMorning, CALLBOARD_WORKDAY: "09:00-21:00" },
});
let nextId = 700_000;

/** Posts a body as CallGear would: the kit's URL, the rendered template as the body. */
function post(body: string, secret = WEBHOOK_SECRET) {
  return t.h
    .anonymous()
    .post(`/api/hooks/callgear?secret=${encodeURIComponent(secret)}`)
    .set("Content-Type", "application/json")
    .send(body);
}

function notify(event: NotificationEvent, id: number, at: string, extra = {}) {
  return post(kitBody(event, { ...sampleValues(id, at), ...extra }));
}

const session = (id: number): CallSession | undefined => t.h.app.feed.state.get(id);

describe("the notification kit", () => {
  it("is for admins: the URL with the secret, and eight triggers to paste", async () => {
    expect((await t.operator.get("/api/admin/notification-kit")).status).toBe(403);
    const reply = await t.admin.get("/api/admin/notification-kit");
    expect(reply.status).toBe(200);
    expect(reply.body.url).toBe(
      `${t.h.baseUrl()}/api/hooks/callgear?secret=${encodeURIComponent(WEBHOOK_SECRET)}`,
    );
    expect(reply.body.events).toHaveLength(8);
  });

  it("posts every trigger's body, as the kit renders it, into the self-test", async () => {
    const kit = (await t.admin.get("/api/admin/notification-kit")).body as {
      events: { event: NotificationEvent; body: string }[];
    };
    const id = nextId++;
    for (const entry of kit.events) {
      const reply = await post(kitBody(entry.event, sampleValues(id), entry.body));
      expect(reply.status, entry.event).toBe(200);
    }
    const status = (await t.admin.get("/api/admin/notification-status")).body as {
      events: { event: string; accepted: number; lastAcceptedAt: string | null }[];
    };
    for (const trigger of status.events) {
      expect(trigger.accepted, trigger.event).toBeGreaterThanOrEqual(1);
      expect(trigger.lastAcceptedAt).not.toBeNull();
    }
  });
});

describe("events on the live feed", () => {
  it("follow a call from ringing to finished, unconfirmed until list.calls agrees", async () => {
    const id = nextId++;
    await notify("incoming_call", id, "2026-12-05 10:00:00");
    expect(session(id)).toMatchObject({ phase: "ringing", unconfirmed: true, direction: "in" });
    await notify("waiting_for_answer", id, "2026-12-05 10:00:01");
    expect(session(id)?.legs).toMatchObject([
      { id: id * 10 + 2, state: "dialing", employeeId: 11 },
    ]);
    await notify("talk_started", id, "2026-12-05 10:00:05");
    expect(session(id)?.phase).toBe("talk");
    await notify("talk_finished", id, "2026-12-05 10:01:00");
    expect(session(id)?.phase).toBe("finishing");
    await notify("call_finished", id, "2026-12-05 10:01:01");
    expect(session(id)).toBeUndefined();
  });

  it("reads numbers sent as strings, nulls and empty text", async () => {
    const id = nextId++;
    const reply = await notify("incoming_call", id, "2026-12-05 10:00:00", {
      call_session_id: String(id),
      contact_id: null,
      contact_full_name: "",
      virtual_phone_number: 74993720692,
    });
    expect(reply.status).toBe(200);
    expect(session(id)).toMatchObject({ virtualNumber: "74993720692", phase: "ringing" });
  });

  it("ignores repeats and events older than what the session already shows", async () => {
    const id = nextId++;
    await notify("talk_started", id, "2026-12-05 10:00:05");
    const version = t.h.app.feed.state.version;
    await notify("talk_started", id, "2026-12-05 10:00:05");
    await notify("incoming_call", id, "2026-12-05 10:00:00");
    await notify("waiting_for_answer", id, "2026-12-05 10:00:01");
    expect(t.h.app.feed.state.version).toBe(version);
    expect(session(id)?.phase).toBe("talk");
    // A finish, then a late talk of the same call: it stays finished.
    await notify("call_finished", id, "2026-12-05 10:02:00");
    await notify("talk_finished", id, "2026-12-05 10:01:00");
    expect(session(id)).toBeUndefined();
    const status = (await t.admin.get("/api/admin/notification-status")).body as {
      events: { event: string; duplicates: number }[];
    };
    expect(status.events.find((e) => e.event === "talk_started")?.duplicates).toBeGreaterThan(0);
  });

  it("refuses an unknown trigger, a body that is not JSON and a wrong secret, and says so", async () => {
    expect((await post(JSON.stringify({ event: "call_started", call_session_id: 1 }))).status).toBe(
      200,
    );
    expect((await post("{not json")).status).toBe(200);
    const wrong = await post(kitBody("incoming_call", sampleValues(nextId++)), "x".repeat(28));
    expect(wrong.status).toBe(401);
    expect(session(nextId - 1)).toBeUndefined();
    const status = (await t.admin.get("/api/admin/notification-status")).body as {
      unattributed: Record<string, number>;
      lastRefusal: { reason: string } | null;
    };
    expect(status.unattributed).toMatchObject({
      unknown_event: expect.any(Number),
      not_json: expect.any(Number),
      wrong_secret: expect.any(Number),
    });
    expect(status.lastRefusal?.reason).toBe("wrong_secret");
    expect(t.h.logLines.some((line) => line.includes("CallGear notification refused"))).toBe(true);
  });

  it("a reconciliation that agrees clears the unconfirmed mark; one that does not, corrects", async () => {
    const call = await t.h.control.createCall({ state: "ringing" });
    const ghost = nextId++;
    await notify("incoming_call", call.call_session_id, "2026-12-05 10:00:00");
    await notify("incoming_call", ghost, "2026-12-05 10:00:00");
    expect(session(call.call_session_id)?.unconfirmed).toBe(true);
    await t.operator.get("/api/calls");
    await t.h.app.feed.refreshNow();
    expect(session(call.call_session_id)?.unconfirmed).toBeUndefined();
    // list.calls does not know the ghost: reconciliation removes it.
    expect(session(ghost)).toBeUndefined();
    expect(t.h.app.feed.status()).toMatchObject({
      source: "events",
      lastEventAt: expect.any(String),
    });
  });
});

describe("a finish the list still shows winding down", () => {
  it("stays finished: the event and the list agree", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const id = call.call_session_id;
    await t.operator.get("/api/calls");
    await t.h.app.feed.refreshNow();
    expect(session(id)?.phase).toBe("talk");
    expect((await t.operator.delete(`/api/calls/${id}`)).status).toBe(200);
    await notify("call_finished", id, "2026-12-05 10:05:00");
    expect(session(id)).toBeUndefined();
    // The simulated clock stands still: list.calls shows the session finishing.
    expect(["POST_TALK", "FINISHING"]).toContain((await t.h.control.getCall(id))?.state);
    await t.h.app.feed.refreshNow();
    expect(session(id)).toBeUndefined();
  });

  it("comes back when the list shows the call still live: the finish was wrong", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const id = call.call_session_id;
    await t.operator.get("/api/calls");
    await t.h.app.feed.refreshNow();
    await notify("call_finished", id, "2026-12-05 10:06:00");
    expect(session(id)).toBeUndefined();
    await t.h.app.feed.refreshNow();
    expect(session(id)?.phase).toBe("talk");
  });
});

describe("a flood of notifications", () => {
  it("costs no points: 6,000 posts make at most the planned reconciliations", async () => {
    await t.h.control.setLimits({
      minute_limit: 150,
      minute_remaining: 150,
      day_limit: 750,
      day_remaining: 750,
    });
    // The plan learns the real account's limits from one reconciliation.
    await t.operator.get("/api/calls");
    await t.h.app.feed.refreshNow();
    const call = await t.h.control.createCall({ state: "talk" });
    await t.h.control.clearRequests();
    const gapMs = t.h.app.feed.plan().intervalMs;
    expect(gapMs).toBeGreaterThan(60_000);

    const started = Date.now();
    const events: NotificationEvent[] = ["waiting_for_answer", "talk_started", "talk_finished"];
    const url = `${t.h.baseUrl()}/api/hooks/callgear?secret=${WEBHOOK_SECRET}`;
    const statuses = new Set<number>();
    for (let batch = 0; batch < 60; batch++) {
      await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          // Sessions the feed cannot place: each asks for a reconciliation.
          const id = 900_000 + batch * 100 + i;
          const body = kitBody(events[i % 3] ?? "talk_started", sampleValues(id));
          const reply = await fetch(url, { method: "POST", body });
          await reply.arrayBuffer();
          statuses.add(reply.status);
        }),
      );
    }
    expect([...statuses]).toEqual([200]);
    const floodMs = Date.now() - started;
    const listCalls = (await t.h.control.requests("list.calls")).length;
    // The last reconciliation was at most one gap ago, so the flood fits in one more.
    expect(listCalls).toBeLessThanOrEqual(1 + Math.floor(floodMs / gapMs));
    const limits = await t.h.control.getLimits();
    expect(limits.minute_remaining).toBeGreaterThanOrEqual(150 * 0.7);

    const hold = await t.operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
    expect(hold.status).toBe(200);
    await t.h.control.setLimits({
      minute_limit: 1_000_000,
      minute_remaining: 1_000_000,
      day_limit: 100_000_000,
      day_remaining: 100_000_000,
    });
  }, 120_000);
});

describe("reconciliation plan", () => {
  it("shows on the limits page: the gap, the actions' points, how long the budget lasts", async () => {
    const reply = await t.admin.get("/api/limits");
    expect(reply.status).toBe(200);
    expect(reply.body.plan).toMatchObject({
      intervalMs: expect.any(Number),
      actionReserve: 0.7,
      workday: "09:00-21:00",
      lastsTheDay: expect.any(Boolean),
    });
  });
});
