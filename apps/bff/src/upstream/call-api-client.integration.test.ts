import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { caught, type clientKit, robot, useSimHarness } from "../../test/upstream-harness";
import { UpstreamError } from "./upstream-error";

const t = useSimHarness();

function keyClient(overrides: Parameters<typeof clientKit>[2] = {}) {
  return t.client({ kind: "key", accessKey: robot.key }, overrides);
}

const holdMusic = { type: "tts", value: "Please hold" } as const;

describe("the Call API client against the simulator", () => {
  it("makes a typed call and parses its result", async () => {
    const { client } = keyClient();
    const created = await t.control.createCall({ state: "talk" });
    const sessions = await client.call("list.calls", {});
    const session = sessions.find((item) => item.call_session_id === created.call_session_id);
    expect(session?.legs.length).toBeGreaterThan(0);
    const held = await client.call("hold.call", {
      call_session_id: created.call_session_id,
      contact_message: holdMusic,
    });
    expect(held.success).toBe(true);
    expect((await t.control.getCall(created.call_session_id))?.state).toMatch(/hold/i);
  });

  it("reads the Data API directory", async () => {
    const { client } = keyClient();
    const tags = await client.data("get.tags");
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.every((tag) => typeof tag.name === "string")).toBe(true);
    const page = await client.data("get.employees", { limit: 2 });
    expect(page).toHaveLength(2);
  });

  it("sees metadata on success and on error", async () => {
    const { client, seen } = keyClient();
    await client.call("list.calls", {});
    const error = await caught(() =>
      client.call("hold.call", { call_session_id: 999_999, contact_message: holdMusic }),
    );
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      kind: "rpc",
      method: "hold.call",
      code: -32602,
      mnemonic: "call_session_not_found",
      maybeApplied: false,
    });
    expect((error as UpstreamError).metadata?.limits?.minute_limit).toBeGreaterThan(0);
    expect(seen.map(({ method, outcome }) => [method, outcome])).toEqual([
      ["list.calls", "success"],
      ["hold.call", "error"],
    ]);
    expect(seen[0]?.metadata.limits?.minute_remaining).toBeTypeOf("number");
  });

  it("carries the field, value and params of an upstream refusal", async () => {
    const { client } = keyClient();
    const created = await t.control.createCall({ state: "talk" });
    const error = await caught(() =>
      client.call("tag.call", { call_session_id: created.call_session_id, tag_id: 424242 }),
    );
    expect(error).toMatchObject({ kind: "rpc", mnemonic: "tag_not_found", field: "tag_id" });
    expect((error as UpstreamError).params).toMatchObject({ tag_id: 424242 });
  });

  it("refuses invalid params before anything is sent", async () => {
    const { client } = keyClient();
    const error = await caught(() =>
      client.call("hold.call", { call_session_id: "twelve", contact_message: holdMusic } as never),
    );
    expect(error).toMatchObject({ kind: "rpc", code: -32602, mnemonic: "data_type_error" });
    expect((error as UpstreamError).field).toBe("call_session_id");
    expect(await t.control.requests("hold.call")).toHaveLength(0);
  });

  it("times out a slow reply and does not resend an action", async () => {
    const { client } = keyClient({ timeoutMs: 1_000 });
    const created = await t.control.createCall({ state: "talk" });
    await t.control.injectFault({ kind: "delay", delayMs: 3_000, method: "hold.call" });
    const error = await caught(() =>
      client.call("hold.call", {
        call_session_id: created.call_session_id,
        contact_message: holdMusic,
      }),
    );
    expect(error).toMatchObject({
      kind: "timeout",
      mnemonic: "upstream_timeout",
      maybeApplied: true,
    });
    expect(await t.control.requests("hold.call")).toHaveLength(1);
  });

  it("retries a read once after a timeout", async () => {
    const { client } = keyClient({ timeoutMs: 1_000 });
    await t.control.injectFault({ kind: "delay", delayMs: 3_000, method: "list.calls" });
    await expect(client.call("list.calls", {})).resolves.toBeInstanceOf(Array);
    expect(await t.control.requests("list.calls")).toHaveLength(2);
  });

  it("never sends a start.* call twice after a timeout", async () => {
    const { client } = keyClient({ timeoutMs: 1_000 });
    await t.control.injectFault({ kind: "delay", delayMs: 3_000, method: "start.simple_call" });
    const error = await caught(() =>
      client.call("start.simple_call", {
        virtual_phone_number: "74993720692",
        contact: "74951234567",
        first_call: "operator",
        operator: "74959876543",
      }),
    );
    expect(error).toMatchObject({ kind: "timeout", maybeApplied: true });
    expect(await t.control.requests("start.simple_call")).toHaveLength(1);
  });

  it("never sends a start.* call twice after a dropped connection", async () => {
    const { client } = keyClient();
    await t.control.injectFault({ kind: "drop_connection", method: "start.simple_call" });
    const error = await caught(() =>
      client.call("start.simple_call", {
        virtual_phone_number: "74993720692",
        contact: "74951234567",
        first_call: "operator",
        operator: "74959876543",
      }),
    );
    expect(error).toMatchObject({ kind: "unreachable", maybeApplied: true });
    expect(await t.control.requests("start.simple_call")).toHaveLength(1);
  });

  it("does not resend an action after a dropped connection, but resends a read", async () => {
    const { client } = keyClient();
    const created = await t.control.createCall({ state: "talk" });
    await t.control.injectFault({ kind: "drop_connection", method: "hold.call" });
    const error = await caught(() =>
      client.call("hold.call", {
        call_session_id: created.call_session_id,
        contact_message: holdMusic,
      }),
    );
    expect(error).toMatchObject({ kind: "unreachable", maybeApplied: true });
    expect(await t.control.requests("hold.call")).toHaveLength(1);

    await t.control.injectFault({ kind: "drop_connection", method: "list.calls" });
    await expect(client.call("list.calls", {})).resolves.toBeInstanceOf(Array);
    expect(await t.control.requests("list.calls")).toHaveLength(2);
  });

  it.each(["malformed_json", "wrong_shape"] as const)(
    "reads %s as a malformed reply",
    async (kind) => {
      const { client } = keyClient();
      const created = await t.control.createCall({ state: "talk" });
      await t.control.injectFault({ kind, method: "unhold.call" });
      await t.control.injectFault({ kind, method: "list.calls" });
      const action = await caught(() =>
        client.call("unhold.call", { call_session_id: created.call_session_id }),
      );
      expect(action).toMatchObject({ kind: "malformed", mnemonic: "upstream_malformed_reply" });
      const read = await caught(() => client.call("list.calls", {}));
      expect(read).toMatchObject({ kind: "malformed", method: "list.calls" });
    },
  );

  it.each([
    ["http_500", 500],
    ["http_502", 502],
    ["http_503", 503],
  ] as const)("reads %s without a JSON-RPC body as an HTTP error", async (kind, status) => {
    const { client } = keyClient();
    await t.control.injectFault({ kind, method: "list.talk_options" });
    const error = await caught(() => client.call("list.talk_options", {}));
    expect(error).toMatchObject({
      kind: "http",
      mnemonic: "upstream_http_error",
      httpStatus: status,
      method: "list.talk_options",
    });
  });

  it("reports an upstream nobody listens on as unreachable, not applied", async () => {
    const port = await closedPort();
    const { client, sentBodies } = keyClient({
      callApiUrl: `http://127.0.0.1:${port}/v4.0`,
      dataApiUrl: `http://127.0.0.1:${port}/v2.0`,
    });
    const error = await caught(() => client.call("release.call", { call_session_id: 1 }));
    expect(error).toMatchObject({
      kind: "unreachable",
      mnemonic: "upstream_unreachable",
      maybeApplied: false,
    });
    // Nothing left, so one retry is safe even for an action.
    expect(sentBodies).toHaveLength(2);
  });

  it("refuses calls once closed", async () => {
    const { client, sentBodies } = keyClient();
    await client.close();
    const error = await caught(() => client.call("list.calls", {}));
    expect(error).toMatchObject({ kind: "unreachable" });
    expect(sentBodies).toHaveLength(0);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || address === null) throw new Error("no port");
  return address.port;
}
