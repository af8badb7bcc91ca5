/**
 * A working day on a real account's budget: 12 hours of the simulator's manual clock, run in
 * minutes. The simulator, the BFF and the operators' boards run in this process on virtual time
 * (bench/lib/virtual-time.ts); HTTP between them is real. Calls arrive as the simulator's
 * inbound generator makes them; each call gets one action from its operator's BFF session once
 * it has talked a few seconds: recording on (a hold would keep the simulated caller on the line
 * for good, since they hang up only while talking). Each size runs once on CallGear's notifications and
 * once on polling alone, and prints per run: points spent on polling and on actions, actions
 * refused with limit_exceeded, the share of the day the board agreed with the simulator, and
 * whether the budget lasted the day.
 *
 *   npm run bench:shift -- [--hours 12] [--sizes small,large] [--modes notifications,polling]
 *                          [--debug] [--quick]
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFlags } from "./lib/args";
import { log, table, writeResult } from "./lib/report";
import { installVirtualTime, type VirtualTime } from "./lib/virtual-time";

/** The simulator's manual clock starts here (a Monday, 09:00 UTC): the working day's start. */
const DAY_START = Date.parse("2026-03-02T09:00:00.000Z");
const STEP_MS = 1_000;
const SAMPLE_EVERY_MS = 5_000;
/** An operator acts on a call once it has talked this long. */
const ACT_AFTER_MS = 5_000;
/** The generator skips an arrival when no employee is free: asked for more, it makes the count. */
const RATE_FACTOR = 1.2;

const flags = readFlags({
  hours: { type: "string", default: "12" },
  sizes: { type: "string", default: "small,large" },
  modes: { type: "string", default: "notifications,polling" },
  /** Prints each sample where the board and the simulator disagree, and each failed action. */
  debug: { type: "boolean", default: false },
  quick: { type: "boolean", default: false },
});

const sizes = {
  small: { dayLimit: 750, minuteLimit: 150, operators: 5, calls: 300 },
  large: { dayLimit: 5_000, minuteLimit: 150, operators: 20, calls: 2_000 },
} as const;
type SizeName = keyof typeof sizes;

const vt: VirtualTime = installVirtualTime(DAY_START);
// Imported after virtual time is installed, so their timers run on it.
const { loadSimOptions, startSimulator, createSimControl } = await import("@callboard/callapi-sim");
const { loadConfig } = await import("../apps/bff/src/config");
const { createApp } = await import("../apps/bff/src/app");
const { openDatabase } = await import("../apps/bff/src/db/open-database");
const { createLimitsTracker } = await import("../apps/bff/src/limits/tracker");
const { buildNotificationKit } = await import("../apps/bff/src/notifications/notification-kit");
const { createCallApiClient } = await import("../apps/bff/src/upstream");
const { demoEmployees, seedDemoUsers } = await import("../apps/bff/src/users/demo-users");
const { UserStore } = await import("../apps/bff/src/users/user-store");
const { createLogger } = await import("../apps/bff/src/logging/logger");

const phaseOf: Record<string, string | undefined> = {
  SESSION: "ringing",
  TALK: "talk",
  HOLD: "hold",
  DIALING: "dialing",
  OPERATOR_TALK: "operator_talk",
};

interface RunResult {
  size: SizeName;
  mode: "notifications" | "polling";
  calls: number;
  pollingPoints: number;
  actionPoints: number;
  actions: number;
  refused: number;
  failed: number;
  agreedShare: number;
  dayRemaining: number;
  lasted: boolean;
}

async function run(size: SizeName, mode: RunResult["mode"], hours: number): Promise<RunResult> {
  const spec = sizes[size];
  const dataDir = mkdtempSync(join(tmpdir(), "callboard-shift-"));
  const sim = await startSimulator({
    ...loadSimOptions({}),
    port: 0,
    clock: "manual",
    control: true,
    seed: 7,
    timeZone: "UTC",
    inboundPerMinute: (spec.calls / (12 * 60)) * RATE_FACTOR,
    limits: { minute: spec.minuteLimit, day: spec.dayLimit },
  });
  const control = createSimControl(sim.controlUrl);
  await control.reset({ seed: 7, inboundPerMinute: (spec.calls / (12 * 60)) * RATE_FACTOR });
  // Each run starts at 09:00 of a day of its own; the simulator's clock joins virtual time there.
  const dayStart = Math.ceil((vt.now() - DAY_START) / 86_400_000) * 86_400_000 + DAY_START;
  await vt.advanceTo(dayStart, async () => {});
  await control.advance((dayStart - Date.parse(await control.now())) / 1000);
  const webhookSecret = "shift-bench-webhook-secret-0123456789";
  const config = loadConfig({
    CALLAPI_URL: sim.callApiUrl,
    DATAAPI_URL: sim.dataApiUrl,
    CALLAPI_LOGIN: "demo",
    CALLAPI_PASSWORD: "demo",
    CALLBOARD_DATA_DIR: dataDir,
    CALLBOARD_SESSION_SECRET: "shift-bench-session-secret-0123456789abcdef",
    CALLBOARD_WEBHOOK_SECRET: webhookSecret,
    CALLBOARD_COOKIE_SECURE: "false",
    CALLBOARD_WORKDAY: "09:00-21:00",
    CALLBOARD_TIMEZONE: "UTC",
    CALLBOARD_SSE_PER_ADDRESS: "1000",
    CALLBOARD_SSE_PER_USER: "100",
    CALLBOARD_LOGIN_MAX_FAILURES: "100",
    LOG_LEVEL: "silent",
  });
  const logger = createLogger("silent");
  const limits = createLimitsTracker({});
  let upstreamInFlight = 0;
  const client = createCallApiClient({
    callApiUrl: sim.callApiUrl,
    dataApiUrl: sim.dataApiUrl,
    credentials: config.upstream.credentials,
    timeoutMs: config.upstreamTimeoutMs,
    onMetadata: (metadata, method, outcome) => limits.record(metadata, method, outcome),
  });
  const callApi = {
    ...client,
    async call(...args: Parameters<typeof client.call>) {
      upstreamInFlight++;
      try {
        return await client.call(...args);
      } finally {
        upstreamInFlight--;
      }
    },
  } as typeof client;
  const db = openDatabase(config.dataDir);
  await seedDemoUsers(new UserStore(db), await demoEmployees(callApi));
  const created = createApp({ config, callApi, db, limits, logger, historyJobs: false });
  let requestsInFlight = 0;
  const server: Server = created.app.listen(0, "127.0.0.1");
  server.on("request", (_req, res) => {
    requestsInFlight++;
    res.on("close", () => requestsInFlight--);
  });
  await new Promise((resolve) => server.once("listening", resolve));
  const bffUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (mode === "notifications") {
    const kit = buildNotificationKit(bffUrl, webhookSecret);
    await control.configureNotifications(
      kit.events.map((entry) => ({ trigger: entry.event, url: kit.url, body: entry.body })),
    );
  }

  // Waits until no request is under way anywhere (a notification post, a poll, an action).
  const settle = async () => {
    let quiet = 0;
    while (quiet < 3) {
      await new Promise((resolve) => setImmediate(resolve));
      // SSE streams stay open: they are not requests in flight.
      const busy = upstreamInFlight > 0 || requestsInFlight > created.context.sse.size;
      quiet = busy ? 0 : quiet + 1;
      if (busy) await vt.realSleep(0);
    }
  };

  const session = await loginOperator(bffUrl);
  const streams = await Promise.all(
    Array.from({ length: spec.operators }, () => openBoard(bffUrl, session.cookie)),
  );

  const acted = new Set<number>();
  const talkSince = new Map<number, number>();
  const seen = new Set<number>();
  let actions = 0;
  let refused = 0;
  let failed = 0;
  let samples = 0;
  let agreed = 0;
  const end = dayStart + hours * 3_600_000;
  for (let t = vt.now() + STEP_MS; t <= end; t += STEP_MS) {
    await control.advance(STEP_MS / 1000);
    await vt.advanceTo(t, settle);
    await settle();
    if ((t - dayStart) % SAMPLE_EVERY_MS !== 0) continue;
    const truth = await control.listCalls();
    for (const call of truth) {
      seen.add(call.call_session_id);
      if (call.state === "TALK" && !talkSince.has(call.call_session_id)) {
        talkSince.set(call.call_session_id, t);
      }
    }
    samples++;
    if (agrees(truth, created.feed.state.calls())) agreed++;
    else if (flags.debug)
      console.log(
        JSON.stringify({
          t: new Date(t).toISOString(),
          sim: truth.map((c) => [c.call_session_id, c.state]),
          board: created.feed.state.calls().map((c) => [c.id, c.phase, c.unconfirmed ? "u" : ""]),
        }),
      );
    for (const call of truth) {
      const id = call.call_session_id;
      const since = talkSince.get(id);
      if (call.state !== "TALK" || call.recording || acted.has(id) || since === undefined) continue;
      if (t - since < ACT_AFTER_MS) continue;
      acted.add(id);
      actions++;
      const outcome = await act(bffUrl, session, id);
      if (outcome === "limit_exceeded") refused++;
      else if (outcome !== "ok") {
        failed++;
        if (flags.debug) console.log("action failed", outcome);
      }
      await settle();
    }
  }
  const spent = limits.report(0).spent;
  const left = await control.getLimits();
  for (const stream of streams) stream.abort();
  created.close();
  await new Promise((resolve) => server.close(resolve));
  server.closeAllConnections();
  db.close();
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
  return {
    size,
    mode,
    calls: seen.size,
    pollingPoints: spent.polling,
    actionPoints: spent.actions,
    actions,
    refused,
    failed,
    agreedShare: samples === 0 ? 0 : agreed / samples,
    dayRemaining: left.day_remaining,
    lasted: left.day_remaining > 0 && refused === 0,
  };
}

/** The board agrees when it shows the simulator's live calls, each in the same phase. */
function agrees(
  truth: { call_session_id: number; state: string }[],
  board: { id: number; phase: string }[],
): boolean {
  const shown = new Map(board.map((call) => [call.id, call.phase]));
  for (const call of truth) {
    const phase = shown.get(call.call_session_id);
    shown.delete(call.call_session_id);
    if (call.state === "POST_TALK" || call.state === "FINISHING") continue;
    const expected = phaseOf[call.state];
    if (phase === undefined || (expected !== undefined && phase !== expected)) return false;
  }
  return shown.size === 0;
}

async function loginOperator(bffUrl: string) {
  const response = await fetch(`${bffUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "operator", password: "demo" }),
  });
  if (!response.ok) throw new Error(`login: ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { cookie, csrfToken };
}

/** An operator's board: one event stream, read and dropped (it keeps the feed watched). */
async function openBoard(bffUrl: string, cookie: string): Promise<AbortController> {
  const abort = new AbortController();
  const response = await fetch(`${bffUrl}/api/calls/events`, {
    headers: { cookie, accept: "text/event-stream" },
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`events: ${response.status}`);
  void response.body.pipeTo(new WritableStream()).catch(() => undefined);
  return abort;
}

async function act(
  bffUrl: string,
  session: { cookie: string; csrfToken: string },
  id: number,
): Promise<string> {
  const response = await fetch(`${bffUrl}/api/calls/${id}/recording`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      cookie: session.cookie,
      "x-csrf-token": session.csrfToken,
      "idempotency-key": crypto.randomUUID(),
    },
    body: JSON.stringify({ action: "on" }),
  });
  if (response.ok) return "ok";
  const body = (await response.json().catch(() => ({}))) as { mnemonic?: string };
  return body.mnemonic ?? `http_${response.status}`;
}

async function main() {
  const hours = flags.quick ? 1 : Number(flags.hours);
  const chosen = flags.sizes.split(",").map((name) => name.trim()) as SizeName[];
  const results: RunResult[] = [];
  for (const size of chosen) {
    if (!(size in sizes)) throw new Error(`unknown size ${size}: small or large`);
    for (const mode of flags.modes.split(",") as RunResult["mode"][]) {
      const started = performance.now();
      log(`${size}, ${mode}: ${hours} h of the simulator's clock`);
      results.push(await run(size, mode, hours));
      log(`  done in ${Math.round((performance.now() - started) / 1000)} s`);
    }
  }
  console.log(
    table(
      [
        "size",
        "board fed by",
        "calls",
        "actions",
        "points: polling",
        "points: actions",
        "refused (limit_exceeded)",
        "other failures",
        "board agreed",
        "day points left",
        "budget lasted",
      ],
      results.map((r) => [
        `${r.size} (${sizes[r.size].dayLimit}/day, ${sizes[r.size].operators} operators)`,
        r.mode,
        r.calls,
        r.actions,
        r.pollingPoints,
        r.actionPoints,
        r.refused,
        r.failed,
        `${(r.agreedShare * 100).toFixed(2)} %`,
        r.dayRemaining,
        r.lasted ? "yes" : "no",
      ]),
    ),
  );
  writeResult("shift", { hours, results });
  process.exit(0);
}

await main();
