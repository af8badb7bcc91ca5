import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, simpleCall, startHarness } from "../harness";

const TOKEN = "metrics-token-0123456789";
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    env: { CALLBOARD_METRICS_TOKEN: TOKEN, CALLBOARD_INSTANCE_ID: "bff-7" },
  });
});
afterAll(async () => {
  await h.close();
});

describe("probes", () => {
  it("GET /healthz answers while the process runs, without a session", async () => {
    const response = await h.anonymous().get("/healthz");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ alive: true, instance: "bff-7" });
  });

  it("GET /readyz is ready with the database answering, and 503 while draining", async () => {
    const ready = await h.anonymous().get("/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ ready: true, draining: false, checks: { database: "ok" } });
    h.app.readiness.draining = true;
    try {
      const draining = await h.anonymous().get("/readyz");
      expect(draining.status).toBe(503);
      expect(draining.body).toMatchObject({ ready: false, draining: true });
    } finally {
      h.app.readiness.draining = false;
    }
  });

  it("GET /readyz names a failed check without saying why", async () => {
    const closed = h.app.readiness;
    // A check that throws like an unreachable dependency.
    (closed as unknown as { checks: Record<string, () => Promise<unknown>> }).checks.redis =
      async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:6379");
      };
    try {
      const response = await h.anonymous().get("/readyz");
      expect(response.status).toBe(503);
      expect(response.body.checks).toEqual({ database: "ok", redis: "failed" });
      expect(response.text).not.toContain("ECONNREFUSED");
    } finally {
      delete (closed as unknown as { checks: Record<string, unknown> }).checks.redis;
    }
  });
});

describe("metrics", () => {
  it("refuses /metrics without the token", async () => {
    expect((await h.anonymous().get("/metrics")).status).toBe(401);
    const wrong = await h.anonymous().get("/metrics").set("Authorization", "Bearer nope");
    expect(wrong.status).toBe(401);
  });

  it("counts upstream requests, actions by result, SSE clients and points left", async () => {
    const operator = await h.login("operator");
    const started = await operator
      .post("/api/calls/start/simple")
      .set("Idempotency-Key", "metrics-1")
      .send(simpleCall);
    expect(started.status).toBe(200);
    const response = await h.anonymous().get("/metrics").set("Authorization", `Bearer ${TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("text/plain");
    const text = response.text;
    expect(text).toMatch(
      /callboard_upstream_request_duration_seconds_count\{method="start\.simple_call"\} 1/,
    );
    expect(text).toMatch(/callboard_actions_total\{result="ok"\} [1-9]/);
    expect(text).toMatch(/callboard_sse_clients 0/);
    expect(text).toMatch(/callboard_points_left\{period="minute"\} \d+/);
    expect(text).toMatch(/callboard_leader \d/);
    expect(text).toMatch(/callboard_feed_lag_seconds /);
  });

  it("counts upstream errors by mnemonic", async () => {
    await h.control.injectFault({ kind: "http_500", method: "start.simple_call" });
    const operator = await h.login("operator");
    await operator
      .post("/api/calls/start/simple")
      .set("Idempotency-Key", "metrics-2")
      .send(simpleCall);
    const text = (await h.anonymous().get("/metrics").set("Authorization", `Bearer ${TOKEN}`)).text;
    expect(text).toMatch(/callboard_upstream_errors_total\{mnemonic="[a-z_.]+"\} 1/);
    expect(text).toMatch(/callboard_actions_total\{result="error"\} [1-9]/);
  });
});
