/**
 * Notification → board: CallGear's "Inbound call" notification, rendered from the kit as the
 * notification server renders it, posted to the BFF's hook; timed until every open board (an
 * SSE client each) has the delta with the new call. Real time, separate processes (the BFF
 * bundle as `npm start` serves it). Also counts the list.calls the BFF sent meanwhile: the
 * path needs none.
 *
 *   npm run bench:notify -- [--boards 20] [--posts 300] [--rate 5] [--quick]
 */
import { randomBytes } from "node:crypto";
import { buildNotificationKit } from "../apps/bff/src/notifications/notification-kit";
import { positive, readFlags } from "./lib/args";
import { loadLine, log, table, writeResult } from "./lib/report";
import { openSse, wallClock } from "./lib/sse-client";
import { login, startStack } from "./lib/stack";
import { fixed, percentile } from "./lib/stats";

const flags = readFlags({
  boards: { type: "string", default: "20" },
  posts: { type: "string", default: "300" },
  rate: { type: "string", default: "5" },
  quick: { type: "boolean", default: false },
});
const boards = positive(flags.boards, "boards");
const posts = flags.quick ? 50 : positive(flags.posts, "posts");
const rate = positive(flags.rate, "rate");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const secret = randomBytes(24).toString("hex");
  const stack = await startStack({
    name: "notify-latency",
    bffEnv: { CALLBOARD_WEBHOOK_SECRET: secret, CALLBOARD_SSE_PER_USER: "1000" },
    // A real account's budget: the plan spaces list.calls minutes apart.
    simEnv: { SIM_MINUTE_LIMIT: "150", SIM_DAY_LIMIT: "750" },
  });
  const streams: { close(): void }[] = [];
  try {
    const session = await login(stack.bffUrl);
    const kit = buildNotificationKit(stack.bffUrl, secret);
    const incoming = kit.events.find((entry) => entry.event === "incoming_call");
    if (!incoming) throw new Error("no incoming_call in the kit");
    /** Per call id: when its post began, and when each board saw it. */
    const sentAt = new Map<number, number>();
    const seenAt = new Map<number, number[]>();
    let opened = 0;
    for (let i = 0; i < boards; i++) {
      streams.push(
        openSse(`${stack.bffUrl}/api/calls/events`, session.cookie, {
          onOpen() {
            opened++;
          },
          onEvent(event) {
            if (event.type !== "delta") return;
            const delta = JSON.parse(event.data) as { upserted: { id: number }[] };
            for (const call of delta.upserted) {
              if (!sentAt.has(call.id)) continue;
              const seen = seenAt.get(call.id) ?? [];
              seen.push(event.receivedAt);
              seenAt.set(call.id, seen);
            }
          },
          onEnd() {},
        }),
      );
    }
    while (opened < boards) await sleep(20);
    await sleep(1_000);
    await stack.control.clearRequests();
    log(`${boards} boards open; posting ${posts} notifications at ${rate}/s`);
    const base = 900_000_000 + Math.floor(Math.random() * 1_000_000);
    for (let i = 0; i < posts; i++) {
      const id = base + i;
      const body = incoming.body.replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
        JSON.stringify(
          {
            call_session_id: id,
            notification_time: new Date().toISOString().replace("T", " ").slice(0, 19),
            virtual_phone_number: "74993720692",
            contact_phone_number: `7903${String(1_000_000 + i).slice(-7)}`,
            direction: "in",
          }[name] ?? null,
        ),
      );
      sentAt.set(id, wallClock());
      const response = await fetch(kit.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
      });
      if (!response.ok) throw new Error(`hook: ${response.status}`);
      await sleep(1_000 / rate);
    }
    await sleep(1_000);
    const polls = (await stack.control.requests("list.calls")).length;
    const latencies: number[] = [];
    let missing = 0;
    for (const [id, at] of sentAt) {
      const seen = seenAt.get(id) ?? [];
      missing += boards - seen.length;
      for (const when of seen) latencies.push(when - at);
    }
    console.log(
      table(
        [
          "boards",
          "notifications",
          "deliveries",
          "missed",
          "p50 ms",
          "p95 ms",
          "max ms",
          "list.calls meanwhile",
        ],
        [
          [
            boards,
            posts,
            latencies.length,
            missing,
            fixed(percentile(latencies, 50)),
            fixed(percentile(latencies, 95)),
            fixed(Math.max(...latencies)),
            polls,
          ],
        ],
      ),
    );
    console.log(loadLine());
    writeResult("notify-latency", { boards, posts, rate, polls, missing, latencies });
  } finally {
    for (const stream of streams) stream.close();
    await stack.stop();
  }
}

await main();
