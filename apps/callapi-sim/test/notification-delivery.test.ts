import { notificationTriggers } from "@callboard/callapi";
import { describe, expect, it } from "vitest";
import { type ReceivedPost, useReceiver } from "./notification-receiver";
import { type Json, useSimulator } from "./sim-harness";

const h = useSimulator({
  notificationDelivery: { delayMinMs: 0, delayMaxMs: 0, reorderRate: 0, duplicateRate: 0 },
});
const receiver = useReceiver();

const off = { delayMinMs: 0, delayMaxMs: 0, reorderRate: 0, duplicateRate: 0 };

async function configure(triggers: readonly string[], url = receiver.url): Promise<void> {
  await h.control.configureNotifications(
    triggers.map((trigger) => ({
      trigger: trigger as never,
      url,
      body: `{"event":"${trigger}","id":{{call_session_id}},"leg":{{leg_id}},"time":{{notification_time}}}`,
    })),
  );
}

/** Waits (bounded, real time) until the simulator has no post waiting or under way. */
async function drained(): Promise<ReceivedPost[]> {
  const deadline = Date.now() + 10_000;
  while ((await h.control.notificationDelivery()).pending > 0) {
    if (Date.now() > deadline) throw new Error("notifications still pending");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return [...receiver.posts];
}

/** Ten simulated minutes of seeded inbound traffic, run in one clock move. */
async function busyMorning(seed: number, delivery: typeof off): Promise<string[]> {
  receiver.posts.length = 0;
  await h.control.reset({ seed, inboundPerMinute: 2 });
  await h.control.setNotificationDelivery(delivery);
  await h.control.advance(10 * 60);
  const posts = await drained();
  return posts.map((post) => JSON.stringify(post.json));
}

describe("notifications: delivery", () => {
  it("posts each notification twice when duplicates are on, counting both", async () => {
    await h.control.setNotificationDelivery({ ...off, duplicateRate: 1 });
    await configure(["incoming_call", "talk_started"]);
    const call = await h.control.createCall({ state: "talk" });
    const posts = await receiver.waitFor(4);
    expect(posts.map((post) => post.json.event).sort()).toEqual([
      "incoming_call",
      "incoming_call",
      "talk_started",
      "talk_started",
    ]);
    expect(posts.every((post) => post.json.id === call.call_session_id)).toBe(true);
    await drained();
    const counts = (await h.control.notifications()).map(({ sent, failed }) => [sent, failed]);
    expect(counts).toEqual([
      [2, 0],
      [2, 0],
    ]);
  });

  it("lets a notification overtake the one queued before it when reordering is on", async () => {
    await h.control.setNotificationDelivery({
      ...off,
      delayMinMs: 30,
      delayMaxMs: 30,
      reorderRate: 1,
    });
    await configure(["incoming_call", "talk_started"]);
    await h.control.createCall({ state: "talk" });
    const posts = await receiver.waitFor(2);
    expect(posts.map((post) => post.json.event)).toEqual(["talk_started", "incoming_call"]);
  });

  it("delays by real time, so a manual clock that stands still does not hold posts back", async () => {
    await h.control.setNotificationDelivery({ ...off, delayMinMs: 40, delayMaxMs: 40 });
    await configure(["talk_started"]);
    const before = Date.now();
    await h.control.createCall({ state: "talk" });
    await receiver.waitFor(1);
    expect(Date.now() - before).toBeGreaterThanOrEqual(40);
  });

  it("replays the same jitter, reordering and duplicates for the same seed", async () => {
    await configure(notificationTriggers.map((trigger) => trigger.event));
    const inOrder = await busyMorning(5, off);
    const jittery = { delayMinMs: 10, delayMaxMs: 30, reorderRate: 0.3, duplicateRate: 0.2 };
    const first = await busyMorning(5, jittery);
    const second = await busyMorning(5, jittery);
    expect(inOrder.length).toBeGreaterThan(10);
    expect(second).toEqual(first);
    // The same notifications, some twice and not in the order they happened.
    expect(new Set(first)).toEqual(new Set(inOrder));
    expect(first.length).toBeGreaterThan(inOrder.length);
    const deduplicated = first.filter((body, index) => first.indexOf(body) === index);
    expect(deduplicated).not.toEqual(inOrder);
  });

  it("counts a post the receiver refuses or never answers as failed, and the call goes on", async () => {
    await h.control.configureNotifications([
      { trigger: "talk_started", url: "http://127.0.0.1:9/hooks", body: "{}" },
      { trigger: "talk_started", url: `${receiver.url}/missing`, body: "{}" },
    ]);
    const call = await h.control.createCall({ state: "talk" });
    await drained();
    expect((await h.control.notifications()).map(({ sent, failed }) => [sent, failed])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    const reply = await h.call("hold.call", {
      call_session_id: call.call_session_id,
      contact_message: { type: "media", value: "2034" },
    });
    expect(reply.result?.data).toEqual({ success: "true" });
  });
});

describe("notifications: the control API and the in-process API", () => {
  async function post(path: string, body: string) {
    const response = await fetch(`${h.sim.controlUrl}${path}`, { method: "POST", body });
    return { status: response.status, json: (await response.json()) as Json };
  }

  it("replaces the list and shows it with counts, the URL's query masked", async () => {
    await configure(["incoming_call"], `${receiver.url}?secret=s3cret`);
    const replaced = await h.control.configureNotifications([
      { trigger: "lost_call", url: `${receiver.url}?secret=s3cret`, body: "{}", name: "Lost!" },
    ]);
    expect(replaced).toEqual([
      {
        trigger: "lost_call",
        url: `${receiver.url}?***`,
        body: "{}",
        name: "Lost!",
        sent: 0,
        failed: 0,
      },
    ]);
    expect(await h.control.notifications()).toEqual(replaced);
  });

  it("refuses a list that is not one, an unknown trigger, a bad URL and unknown fields", async () => {
    const cases: [string, RegExp][] = [
      ["{}", /body: .*array/i],
      ["not json", /not JSON/],
      ['[{"trigger":"call_started","url":"http://a.example/","body":"{}"}]', /0\.trigger/],
      ['[{"trigger":"lost_call","url":"ftp://a.example/","body":"{}"}]', /0\.url/],
      ['[{"trigger":"lost_call","url":"nowhere","body":"{}"}]', /0\.url/],
      ['[{"trigger":"lost_call","url":"http://a.example/"}]', /0\.body/],
      ['[{"trigger":"lost_call","url":"http://a.example/","body":"{}","method":"GET"}]', /method/],
    ];
    for (const [body, message] of cases) {
      const reply = await post("/notifications", body);
      expect(reply.status, body).toBe(400);
      expect(reply.json.error, body).toMatch(message);
    }
  });

  it("refuses delivery settings out of range", async () => {
    expect((await post("/notifications/delivery", '{"reorderRate":2}')).status).toBe(400);
    const inverted = await post("/notifications/delivery", '{"delayMinMs":500,"delayMaxMs":10}');
    expect(inverted.status).toBe(400);
    expect(inverted.json.error).toMatch(/delayMinMs must not exceed delayMaxMs/);
    expect(await h.control.notificationDelivery()).toMatchObject(off);
  });

  it("configures in-process with the same checks, keeping the URL as given", () => {
    const url = `${receiver.url}?secret=s3cret`;
    expect(h.sim.configureNotifications([{ trigger: "talk_started", url, body: "{}" }])).toEqual([
      { trigger: "talk_started", url, body: "{}", sent: 0, failed: 0 },
    ]);
    expect(() =>
      h.sim.configureNotifications([{ trigger: "nope" as never, url, body: "{}" }]),
    ).toThrow(/invalid notifications: 0\.trigger/);
    expect(() => h.sim.setNotificationDelivery({ duplicateRate: -1 })).toThrow(/duplicateRate/);
    expect(h.sim.notifications()).toHaveLength(1);
  });
});
