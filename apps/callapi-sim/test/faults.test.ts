import { describe, expect, it } from "vitest";
import { type Json, outcome, useSimulator } from "./sim-harness";

const h = useSimulator();

function rawCall(method: string, params: Record<string, unknown> = {}) {
  return fetch(h.sim.callApiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: "f1",
      method,
      params: { access_token: "demo-key", ...params },
    }),
  });
}

describe("injected faults", () => {
  it.each([
    ["http_500", 500],
    ["http_502", 502],
    ["http_503", 503],
  ] as const)("%s answers that HTTP status without running the method", async (kind, status) => {
    const { call_session_id } = await h.control.createCall({ state: "talk" });
    await h.control.injectFault({ kind });
    const response = await rawCall("hold.call", {
      call_session_id,
      contact_message: { type: "media", value: "2034" },
    });
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(String(status));
    expect((await h.control.getCall(call_session_id))?.state).toBe("TALK");
    // One request only: the next one goes through.
    expect((await rawCall("list.calls")).status).toBe(200);
  });

  it("malformed_json answers 200 with a body that is not JSON", async () => {
    await h.control.injectFault({ kind: "malformed_json" });
    const response = await rawCall("list.calls");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it("wrong_shape answers valid JSON that is not the method's reply", async () => {
    await h.control.injectFault({ kind: "wrong_shape" });
    const json = (await (await rawCall("list.calls")).json()) as Json;
    expect(json.id).toBe("f1");
    expect(Array.isArray(json.result?.data)).toBe(false);
  });

  it("drop_connection closes the socket without an answer", async () => {
    await h.control.injectFault({ kind: "drop_connection" });
    await expect(rawCall("list.calls")).rejects.toThrow();
    expect((await rawCall("list.calls")).status).toBe(200);
  });

  it("delay answers normally, later", async () => {
    await h.control.injectFault({ kind: "delay", delayMs: 300 });
    const started = performance.now();
    const json = (await (await rawCall("list.calls")).json()) as Json;
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(json.result.data).toEqual([]);
  });

  it("applies to the next N requests of the chosen method only, and can be cleared", async () => {
    await h.control.injectFault({ kind: "http_503", count: 2, method: "hold.call" });
    expect((await rawCall("list.calls")).status).toBe(200);
    expect((await rawCall("hold.call", { call_session_id: 1 })).status).toBe(503);
    expect((await rawCall("hold.call", { call_session_id: 1 })).status).toBe(503);
    expect((await rawCall("hold.call", { call_session_id: 1 })).status).toBe(200);
    await h.control.injectFault({ kind: "http_500", count: 5 });
    await h.control.clearFaults();
    expect((await rawCall("list.calls")).status).toBe(200);
  });
});

describe("the request log", () => {
  it("records what was received, tokens and passwords masked", async () => {
    await h.call("login.user", { access_token: undefined, login: "demo", password: "demo" });
    await h.call("list.calls", { direction: "in" }, 7);
    await h.data("get.tags", { limit: 5 });
    const log = await h.control.requests();
    expect(log.map((entry) => [entry.endpoint, entry.method])).toEqual([
      ["call", "login.user"],
      ["call", "list.calls"],
      ["data", "get.tags"],
    ]);
    expect(log[0]?.params).toEqual({ login: "demo", password: "***" });
    expect(log[1]).toMatchObject({
      id: 7,
      params: { access_token: "***", direction: "in" },
      ip: "127.0.0.1",
      at: "2026-03-02T09:00:00.000Z",
    });
    expect(log[1]?.seq).toBeGreaterThan(log[0]?.seq ?? 0);
    expect(JSON.stringify(log)).not.toContain("demo-key");
  });

  it("filters by method, includes refused requests, and can be cleared", async () => {
    await h.call("hold.call", { call_session_id: 3 });
    await h.post("not json");
    await h.call("list.calls");
    expect((await h.control.requests("hold.call")).map((entry) => entry.params)).toEqual([
      { access_token: "***", call_session_id: 3 },
    ]);
    expect((await h.control.requests()).some((entry) => entry.method === null)).toBe(true);
    await h.control.clearRequests();
    expect(await h.control.requests()).toEqual([]);
  });

  it("lets a test assert that nothing was sent", async () => {
    expect(await h.control.requests("release.call")).toEqual([]);
    expect(outcome(await h.call("list.calls"))).toBe("ok");
    expect(await h.control.requests("release.call")).toEqual([]);
  });
});

describe("the control API", () => {
  it("is 404 when the simulator runs without it", async () => {
    const { startSimulator } = await import("../src/simulator");
    const plain = await startSimulator({ port: 0, clock: "manual" });
    try {
      expect((await fetch(`${plain.controlUrl}/calls`)).status).toBe(404);
      const reply = await fetch(plain.callApiUrl, {
        method: "POST",
        body: JSON.stringify({
          jsonrpc: "2.0",
          id: 1,
          method: "list.calls",
          params: { access_token: "demo-key" },
        }),
      });
      expect(((await reply.json()) as Json).result.data).toEqual([]);
    } finally {
      await plain.close();
    }
  });

  it("answers 400 with the problems for a bad body", async () => {
    const response = await fetch(`${h.sim.controlUrl}/calls`, {
      method: "POST",
      body: JSON.stringify({ state: "flying", employee_id: "x" }),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as Json;
    expect(error).toContain("state");
    expect(error).toContain("employee_id");
  });

  it("creates a call with a chosen id, refusing a taken one", async () => {
    const call = await h.control.createCall({ state: "talk", call_session_id: 23465781 });
    expect(call.call_session_id).toBe(23465781);
    await expect(
      h.control.createCall({ state: "talk", call_session_id: 23465781 }),
    ).rejects.toThrow(/400/);
  });

  it("answers 404 elsewhere and describes itself at /", async () => {
    expect((await fetch(`${h.sim.url}/v9.9`, { method: "POST", body: "{}" })).status).toBe(404);
    const info = (await (await fetch(h.sim.url)).json()) as Json;
    expect(info).toMatchObject({ callApi: "/v4.0", dataApi: "/v2.0", control: "/control" });
  });

  it("advances the clock and answers the new time", async () => {
    expect(await h.control.advance(90)).toBe("2026-03-02T09:01:30.000Z");
  });
});
