import type { Metadata } from "@callboard/callapi";
import {
  createSimControl,
  type RunningSimulator,
  type SimControl,
  startSimulator,
} from "@callboard/callapi-sim";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createCallApiClient } from "../src/upstream/call-api-client";
import type {
  CallApiClient,
  CallApiClientOptions,
  UpstreamCredentials,
} from "../src/upstream/client-types";
import { createJsonRpcTransport, type JsonRpcTransport } from "../src/upstream/json-rpc-transport";

/** A robot account of the simulator with secrets distinctive enough to search for. */
export const robot = {
  login: "robot-operator",
  password: "Pa55-w0rd-9f81c",
  key: "key-7f3c9a41d2",
} as const;

export interface SeenMetadata {
  metadata: Metadata;
  method: string;
  outcome: "success" | "error";
}

/** The simulator on an ephemeral port with a manual clock, shared by one test file. */
export async function startSimHarness() {
  const sim: RunningSimulator = await startSimulator({
    port: 0,
    clock: "manual",
    control: true,
    inboundPerMinute: 0,
    // A day budget a test file cannot drain (a real account's 750 would end it early).
    limits: { minute: 150, day: 1_000_000 },
  });
  const control: SimControl = createSimControl(sim.controlUrl);
  return { sim, control };
}

export async function resetSim(control: SimControl): Promise<void> {
  await control.reset();
  await control.setUser({ login: robot.login, password: robot.password, keys: [robot.key] });
}

/** Everything a test wants to see of a client: its options, metadata, log lines, bodies sent. */
export function clientKit(
  sim: RunningSimulator,
  credentials: UpstreamCredentials,
  overrides: Partial<CallApiClientOptions> = {},
) {
  const seen: SeenMetadata[] = [];
  const logLines: object[] = [];
  const sentBodies: string[] = [];
  const inner: JsonRpcTransport = createJsonRpcTransport();
  const transport: JsonRpcTransport = {
    post: (url, body, options) => {
      sentBodies.push(body);
      return inner.post(url, body, options);
    },
    close: () => inner.close(),
  };
  const options: CallApiClientOptions = {
    callApiUrl: sim.callApiUrl,
    dataApiUrl: sim.dataApiUrl,
    credentials,
    timeoutMs: 5_000,
    onMetadata: (metadata, method, outcome) => seen.push({ metadata, method, outcome }),
    logger: {
      debug: (obj, msg) => logLines.push({ level: "debug", msg, ...obj }),
      warn: (obj, msg) => logLines.push({ level: "warn", msg, ...obj }),
    },
    transport,
    ...overrides,
  };
  /** Tokens the client sent, read back from its request bodies. */
  const tokensSent = () =>
    sentBodies
      .map(
        (body) => (JSON.parse(body) as { params?: { access_token?: string } }).params?.access_token,
      )
      .filter((token): token is string => typeof token === "string");
  return { options, seen, logLines, sentBodies, tokensSent, transport };
}

/**
 * Registers the hooks a test file against the simulator shares: start it before all tests,
 * reset it to the robot account before each, close every client made through `client` after
 * each, and the simulator after all. Read `sim` and `control` inside hooks and tests only.
 */
export function useSimHarness() {
  let started: { sim: RunningSimulator; control: SimControl } | undefined;
  const cleanups: (() => Promise<void>)[] = [];
  const ready = () => {
    if (!started) throw new Error("the simulator is read before it started");
    return started;
  };
  beforeAll(async () => {
    started = await startSimHarness();
  });
  afterAll(async () => {
    await started?.sim.close();
  });
  beforeEach(async () => {
    await resetSim(ready().control);
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  return {
    get sim() {
      return ready().sim;
    },
    get control() {
      return ready().control;
    },
    /** A client of the simulator and its kit, closed after the test. */
    client(credentials: UpstreamCredentials, overrides: Partial<CallApiClientOptions> = {}) {
      const kit = clientKit(ready().sim, credentials, overrides);
      const client: CallApiClient = createCallApiClient(kit.options);
      cleanups.push(async () => {
        await client.close();
        await kit.transport.close();
      });
      return { client, ...kit };
    },
  };
}

/** Runs `action` and returns what it threw (fails the test if it did not throw). */
export async function caught(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}
