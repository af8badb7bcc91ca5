import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import {
  createSimControl,
  type RunningSimulator,
  type SimControl,
  startSimulator,
} from "@callboard/callapi-sim";
import type { Role } from "@callboard/contract";
import request from "supertest";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { type CreatedApp, createApp } from "../src/app";
import { type Config, loadConfig } from "../src/config";
import { type Db, openDatabase } from "../src/db/open-database";
import { createHardenedServer } from "../src/http/harden-server";
import { createLimitsTracker, type LimitsTracker } from "../src/limits/tracker";
import { createLogger } from "../src/logging/logger";
import { createInProcessNoticeSource } from "../src/notifications/in-process-notice-source";
import { type CallApiClient, createCallApiClient, createJsonRpcTransport } from "../src/upstream";
import { demoEmployees, seedDemoUsers } from "../src/users/demo-users";
import { UserStore } from "../src/users/user-store";

export const WEBHOOK_SECRET = "hook-secret-0123456789abcdef";
/** Distinctive so a test can search every response and log line for it. */
export const UPSTREAM_PASSWORD = "Up5tream-Pa55-7c1e";
export const UPSTREAM_LOGIN = "bff-robot";

export type Agent = ReturnType<typeof request.agent>;

/** A start.simple_call body the simulator's demo account accepts. */
export const simpleCall = {
  virtual_phone_number: "74993720692",
  contact: "79031234567",
  first_call: "operator",
  operator: "79260000001",
};

/**
 * An account whose budget never bends the reconciliation plan: the feed polls at its base
 * interval, as the suites written before the plan expect. Suites about the budget set theirs.
 */
export const GENEROUS_LIMITS = {
  minute_limit: 1_000_000,
  minute_remaining: 1_000_000,
  day_limit: 100_000_000,
  day_remaining: 100_000_000,
};

export interface HarnessOptions {
  pollIntervalMs?: number;
  /** The simulator's limits at the start (GENEROUS_LIMITS unless given). */
  limits?: Parameters<SimControl["setLimits"]>[0];
  env?: Record<string, string>;
  heartbeatMs?: number;
  feedIdleMs?: number;
}

/**
 * The simulator (port 0, manual clock, control on, no inbound calls) and the BFF built with
 * createApp on a temp data dir, listening on port 0, with the demo users and a logged-in
 * supertest agent per role (CSRF header set). Log lines are captured in `logLines`.
 */
export async function startHarness(options: HarnessOptions = {}) {
  const sim: RunningSimulator = await startSimulator({
    port: 0,
    clock: "manual",
    control: true,
    inboundPerMinute: 0,
    // A real account's minute budget, but a day budget that polling every 100 ms cannot drain
    // (the real 750 would send the feed to its day-reserve pace within a test file).
    limits: { minute: 150, day: 1_000_000 },
  });
  const control: SimControl = createSimControl(sim.controlUrl);
  await control.setUser({ login: UPSTREAM_LOGIN, password: UPSTREAM_PASSWORD });
  await control.setLimits(options.limits ?? GENEROUS_LIMITS);
  const dataDir = mkdtempSync(join(tmpdir(), "callboard-bff-"));
  const config: Config = loadConfig({
    CALLAPI_URL: sim.callApiUrl,
    DATAAPI_URL: sim.dataApiUrl,
    CALLAPI_LOGIN: UPSTREAM_LOGIN,
    CALLAPI_PASSWORD: UPSTREAM_PASSWORD,
    CALLBOARD_SESSION_SECRET: "test-session-secret-0123456789abcdef",
    CALLBOARD_DATA_DIR: dataDir,
    CALLBOARD_POLL_INTERVAL_MS: String(options.pollIntervalMs ?? 100),
    CALLAPI_TIMEOUT_MS: "1500",
    CALLBOARD_WEBHOOK_SECRET: WEBHOOK_SECRET,
    CALLBOARD_COOKIE_SECURE: "false",
    CALLBOARD_WEB_DIST: join(dataDir, "no-web-dist"),
    LOG_LEVEL: "info",
    ...options.env,
  });
  const logLines: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger("debug", logStream);

  /** Every access_token the BFF sent upstream, read from its request bodies. */
  const tokensSent = new Set<string>();
  /** Notices a test hands the BFF as if the hook had accepted them. */
  const notices = createInProcessNoticeSource();
  let limits: LimitsTracker;
  let callApi: CallApiClient;
  let db: Db;
  let created: CreatedApp;
  let server: Server;
  let port = 0;

  const build = async () => {
    limits = createLimitsTracker({ weights: config.reconcile.weights });
    const inner = createJsonRpcTransport();
    callApi = createCallApiClient({
      transport: {
        post: (url, body, postOptions) => {
          const token = (JSON.parse(body) as { params?: { access_token?: unknown } }).params
            ?.access_token;
          if (typeof token === "string") tokensSent.add(token);
          return inner.post(url, body, postOptions);
        },
        close: () => inner.close(),
      },
      callApiUrl: sim.callApiUrl,
      dataApiUrl: sim.dataApiUrl,
      credentials: { kind: "login", login: UPSTREAM_LOGIN, password: UPSTREAM_PASSWORD },
      timeoutMs: config.upstreamTimeoutMs,
      onMetadata: (metadata, method, outcome) => limits.record(metadata, method, outcome),
      logger: logger.child({ component: "upstream" }),
    });
    db = openDatabase(dataDir);
    created = createApp({
      config,
      callApi,
      db,
      limits,
      logger,
      upstreamMode: "simulator",
      heartbeatMs: options.heartbeatMs,
      feedIdleMs: options.feedIdleMs ?? 2_000,
      notices,
      // Tests run the reconciliation by hand (context.reconciler.run()), never on a timer.
      historyJobs: false,
    });
    // The production server's timeouts and connection cap, from the config (tests may set them).
    server = createHardenedServer(created.app, config.limits).listen(port, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    port = (server.address() as AddressInfo).port;
  };
  const teardownApp = async () => {
    created.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await callApi.close();
    db.close();
  };

  await build();
  await seedDemoUsers(new UserStore(db!), await demoEmployees(callApi!));
  const baseUrl = () => `http://127.0.0.1:${port}`;

  const harness = {
    sim,
    control,
    config,
    dataDir,
    logLines,
    tokensSent,
    notices,
    baseUrl,
    get app() {
      return created;
    },
    get db() {
      return db;
    },
    get limits() {
      return limits;
    },
    get callApi() {
      return callApi;
    },
    /** Requests the simulator received, apart from the feed's polling and logins. */
    async sentActions(method?: string) {
      const background = new Set<string | null>(["list.calls", "login.user"]);
      return (await control.requests(method)).filter((r) => !background.has(r.method));
    },
    /** An agent without a session. */
    anonymous: () => request.agent(baseUrl()),
    /** A logged-in agent of a demo role, its CSRF header set on every request. */
    async login(role: Role | string, password = "demo"): Promise<Agent> {
      const agent = request.agent(baseUrl());
      const response = await agent.post("/api/session").send({ username: role, password });
      if (response.status !== 200)
        throw new Error(`login ${role}: ${response.status} ${response.text}`);
      agent.set("X-CSRF-Token", response.body.csrfToken as string);
      return agent;
    },
    /** Closes and rebuilds the app on the same data dir and port (sessions must survive). */
    async restartApp() {
      await teardownApp();
      await build();
    },
    async close() {
      await teardownApp();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return harness;
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;

/** The suite's harness and one logged-in agent per role, readable once beforeAll has run. */
export type HarnessSuite<R extends Role> = { readonly h: Harness } & { readonly [K in R]: Agent };

/**
 * Registers the hooks a suite against the BFF shares: start the harness and log in an agent per
 * role before all tests, clear the simulator's faults and recorded requests before each, close
 * after all. Read `suite.h` and `suite.<role>` inside hooks and tests only.
 */
export function useHarness<R extends Role>(
  options: HarnessOptions & { roles?: readonly R[] } = {},
): HarnessSuite<R> {
  const { roles = [], ...harnessOptions } = options;
  let harness: Harness | undefined;
  const agents = new Map<R, Agent>();
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is read before the harness started`);
    return value;
  };
  const suite = {
    get h() {
      return ready(harness, "the harness");
    },
  };
  for (const role of roles) {
    Object.defineProperty(suite, role, { get: () => ready(agents.get(role), `agent ${role}`) });
  }
  beforeAll(async () => {
    harness = await startHarness(harnessOptions);
    for (const role of roles) agents.set(role, await harness.login(role));
  });
  afterAll(async () => {
    await harness?.close();
  });
  beforeEach(async () => {
    await harness?.control.clearFaults();
    await harness?.control.clearRequests();
  });
  return suite as HarnessSuite<R>;
}

/** Polls `check` until it returns a value (not undefined/false), or fails after `timeoutMs`. */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5_000,
  what = "condition",
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== null && value !== false) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
