import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, WEBHOOK_SECRET, waitFor } from "./harness";
import { loginCookie, openEventStream } from "./sse-client";

let h: Harness;
let cookie: string;
beforeAll(async () => {
  // One operator opens 100 streams below: the per-user and per-address caps are raised for it.
  h = await startHarness({
    pollIntervalMs: 100,
    heartbeatMs: 200,
    env: { CALLBOARD_SSE_PER_USER: "200", CALLBOARD_SSE_PER_ADDRESS: "200" },
  });
  cookie = await loginCookie(h.baseUrl(), "operator");
});
afterAll(async () => {
  await h?.close();
});

const eventsUrl = () => `${h.baseUrl()}/api/calls/events`;
type Parsed = {
  id?: string;
  type: string;
  version?: number;
  baseVersion?: number;
  upserted?: { id: number }[];
};

describe("the live feed over SSE", () => {
  it("refuses an SSE client without a session", async () => {
    const stream = openEventStream(eventsUrl(), {});
    expect(await stream.ready).toBe(401);
    stream.close();
  });

  it("sends a snapshot, a status, then deltas with versions; heartbeats keep it open", async () => {
    const stream = openEventStream(eventsUrl(), { cookie });
    expect(await stream.ready).toBe(200);
    await waitFor(() => stream.events.some((e) => e.event === "status"), 5_000, "status");
    const snapshot = stream.parsed()[0] as Parsed;
    expect(snapshot.type).toBe("snapshot");
    expect(Number(snapshot.id)).toBe(snapshot.version);

    const call = await h.control.createCall({ state: "talk" });
    const delta = await waitFor(
      () =>
        (stream.parsed() as Parsed[]).find(
          (e) => e.type === "delta" && e.upserted?.some((s) => s.id === call.call_session_id),
        ),
      5_000,
      "delta with the new call",
    );
    expect(Number(delta.id)).toBe(delta.version);
    expect(delta.baseVersion).toBeLessThan(delta.version ?? 0);
    await waitFor(() => stream.comments.includes(": ping"), 5_000, "heartbeat");
    stream.close();
  });

  it("resumes with the missed deltas after a reconnect with Last-Event-ID", async () => {
    const first = openEventStream(eventsUrl(), { cookie });
    await waitFor(() => first.events.some((e) => e.event === "status"), 5_000, "status");
    await h.app.feed.refreshNow();
    const lastId = [...first.events].reverse().find((e) => e.id)?.id ?? "";
    first.close();

    const call = await h.control.createCall({ state: "hold" });
    // Keep the feed polling while no SSE client is connected.
    await h.login("operator").then((agent) => agent.get("/api/calls"));
    await waitFor(
      () => h.app.feed.state.calls().some((c) => c.id === call.call_session_id),
      5_000,
      "poll",
    );

    const resumed = openEventStream(eventsUrl(), { cookie, "last-event-id": lastId });
    await waitFor(() => resumed.events.some((e) => e.event === "status"), 5_000, "status");
    const events = resumed.parsed() as Parsed[];
    expect(events[0]?.type).toBe("delta");
    expect(events[0]?.baseVersion).toBe(Number(lastId));
    expect(events.some((e) => e.upserted?.some((s) => s.id === call.call_session_id))).toBe(true);
    resumed.close();
  });

  it("resyncs with a snapshot when the Last-Event-ID is unknown", async () => {
    const stream = openEventStream(eventsUrl(), { cookie, "last-event-id": "12345" });
    await waitFor(() => stream.events.length > 0, 5_000, "first event");
    expect((stream.parsed()[0] as Parsed).type).toBe("snapshot");
    stream.close();
  });

  it("polls list.calls once per interval however many browsers watch (100 SSE clients)", async () => {
    // A budget big enough that polling is not stretched (that is tested in poll-interval.test.ts).
    await h.control.setLimits({ minute_limit: 100_000, minute_remaining: 100_000 });
    const streams = Array.from({ length: 100 }, () => openEventStream(eventsUrl(), { cookie }));
    await waitFor(() => streams.every((s) => s.events.length > 0), 10_000, "100 snapshots");
    expect(h.app.context.sse.size).toBe(100);
    await h.control.clearRequests();
    const before = h.app.feed.pollCount;
    await waitFor(() => h.app.feed.pollCount >= before + 5, 10_000, "5 polls");
    const polls = h.app.feed.pollCount - before;
    const listCalls = (await h.control.requests("list.calls")).length;
    expect(listCalls).toBeGreaterThanOrEqual(polls - 1);
    expect(listCalls).toBeLessThanOrEqual(polls + 1);

    for (const stream of streams) stream.close();
    await waitFor(() => h.app.context.sse.size === 0, 5_000, "clients gone");
  });

  it("takes CallGear notifications with the shared secret only", async () => {
    const stream = openEventStream(eventsUrl(), { cookie });
    await waitFor(() => stream.events.length > 0, 5_000, "snapshot");
    const anonymous = h.anonymous();
    expect((await anonymous.post("/api/hooks/callgear").send({ event: "call" })).status).toBe(401);
    expect(
      (await anonymous.post("/api/hooks/callgear").set("X-Callboard-Secret", "wrong").send({}))
        .status,
    ).toBe(401);
    const accepted = await anonymous
      .post("/api/hooks/callgear")
      .set("X-Callboard-Secret", WEBHOOK_SECRET)
      .send({ call_session_id: 1 });
    expect(accepted.status).toBe(200);
    const byQuery = await anonymous.post(`/api/hooks/callgear?secret=${WEBHOOK_SECRET}`).send({});
    expect(byQuery.status).toBe(200);
    stream.close();
  });
});

describe("status events", () => {
  it("say degraded with the error in each client's language, then ok again", async () => {
    const english = openEventStream(eventsUrl(), { cookie, "accept-language": "en-GB" });
    const russian = openEventStream(eventsUrl(), { cookie, "accept-language": "ru-RU,ru;q=0.9" });
    await waitFor(() => english.events.length > 0 && russian.events.length > 0, 5_000, "snapshots");
    await h.control.injectFault({ kind: "http_502", method: "list.calls", count: 4 });
    type Status = {
      type: string;
      upstream?: string;
      error?: { mnemonic: string; message: string };
    };
    const degraded = (stream: typeof english) =>
      (stream.parsed() as Status[]).find((e) => e.type === "status" && e.upstream === "degraded");
    const en = await waitFor(() => degraded(english), 10_000, "degraded (en)");
    const ru = await waitFor(() => degraded(russian), 10_000, "degraded (ru)");
    expect(en.error?.mnemonic).toBe("upstream_http_error");
    expect(ru.error?.mnemonic).toBe("upstream_http_error");
    expect(en.error?.message).not.toMatch(/[а-яА-Я]/);
    expect(ru.error?.message).toMatch(/[а-яА-Я]/);
    await h.control.clearFaults();
    await waitFor(
      () => {
        const events = english.parsed() as Status[];
        const firstDegraded = events.findIndex((e) => e.upstream === "degraded");
        return events.some((e, i) => e.upstream === "ok" && i > firstDegraded);
      },
      10_000,
      "ok again",
    );
    english.close();
    russian.close();
  });
});

describe("the poller", () => {
  it("stops when nobody watches and starts again for a watcher", async () => {
    await waitFor(() => !h.app.feed.isPolling(), 40_000, "poller to stop");
    await h.control.clearRequests();
    const stream = openEventStream(eventsUrl(), { cookie });
    await waitFor(() => stream.events.length > 0, 5_000, "snapshot");
    expect(h.app.feed.isPolling()).toBe(true);
    await waitFor(async () => (await h.control.requests("list.calls")).length > 0, 5_000, "a poll");
    stream.close();
  });
});
