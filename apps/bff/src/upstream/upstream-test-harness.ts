import type { Metadata } from "@callboard/callapi";
import {
  createSimControl,
  type RunningSimulator,
  type SimControl,
  startSimulator,
} from "@callboard/callapi-sim";
import type { CallApiClientOptions, UpstreamCredentials } from "./client-types";
import { createJsonRpcTransport, type JsonRpcTransport } from "./json-rpc-transport";

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

/** Runs `action` and returns what it threw (fails the test if it did not throw). */
export async function caught(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}
