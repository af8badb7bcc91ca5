import { afterAll, beforeAll, beforeEach } from "vitest";
import { createSimControl, type SimControl } from "../src/control-client";
import type { RunningSimulator, SimOptions } from "../src/sim-options";
import { startSimulator } from "../src/simulator";

/** Reply bodies are read by shape in tests; the assertions are what check them. */
// biome-ignore lint/suspicious/noExplicitAny: one alias for JSON read by tests, asserted field by field.
export type Json = any;

/** A JSON-RPC reply as the tests read it. */
export interface Reply {
  jsonrpc: string;
  id: unknown;
  result?: { data: Json; metadata?: Json };
  error?: {
    code: number;
    message: string;
    data: {
      mnemonic: string;
      field: unknown;
      value: unknown;
      params: Json;
      metadata?: Json;
      extended_helper: unknown;
    };
  };
}

export interface Harness {
  sim: RunningSimulator;
  control: SimControl;
  /** Sends a raw body to /v4.0 (or /v2.0) and answers the HTTP status and parsed JSON. */
  post(
    body: string,
    endpoint?: "call" | "data",
  ): Promise<{ status: number; json: Json; headers: Headers }>;
  /** Calls a Call API method with the permanent key unless params carry their own access_token. */
  call(method: string, params?: Record<string, unknown>, id?: string | number): Promise<Reply>;
  data(method: string, params?: Record<string, unknown>): Promise<Reply>;
}

/**
 * Starts one simulator for a test file (manual clock, control on, no inbound calls) and resets
 * it before each test. Its day budget is a generous 10,000 points, not a real account's 750
 * (a test file spends more than that); limits.test.ts checks the real defaults.
 */
export function useSimulator(options: SimOptions = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    const sim = await startSimulator({
      port: 0,
      clock: "manual",
      control: true,
      inboundPerMinute: 0,
      limits: { minute: 150, day: 10_000 },
      ...options,
    });
    harness.sim = sim;
    harness.control = createSimControl(sim.controlUrl);
    harness.post = async (body, endpoint = "call") => {
      const response = await fetch(endpoint === "call" ? sim.callApiUrl : sim.dataApiUrl, {
        method: "POST",
        headers: { "content-type": "application/json; charset=UTF-8" },
        body,
      });
      const text = await response.text();
      return { status: response.status, json: JSON.parse(text), headers: response.headers };
    };
    const send = async (
      endpoint: "call" | "data",
      method: string,
      params: Record<string, unknown>,
      id: string | number,
    ) => {
      const { json } = await harness.post(
        JSON.stringify({
          jsonrpc: "2.0",
          id,
          method,
          params: { access_token: "demo-key", ...params },
        }),
        endpoint,
      );
      return json as Reply;
    };
    harness.call = (method, params = {}, id = "req1") => send("call", method, params, id);
    harness.data = (method, params = {}) => send("data", method, params, "d1");
  });
  beforeEach(async () => {
    await harness.control.reset();
  });
  afterAll(async () => {
    await harness.sim?.close();
  });
  return harness;
}

/** The error mnemonic of a reply, or "ok". */
export function outcome(reply: Reply): string {
  return reply.error ? reply.error.data.mnemonic : "ok";
}
