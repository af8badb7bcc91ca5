import { describe, expect, it } from "vitest";
import { type Json, useSimulator } from "./sim-harness";

const h = useSimulator();

const errorDataKeys = ["extended_helper", "field", "mnemonic", "params", "value"];

describe("the JSON-RPC 2.0 envelope", () => {
  it("answers -32700 parse_error with a null id and no limits for invalid JSON", async () => {
    const { status, json, headers } = await h.post('{"jsonrpc": "2.0", "id": 1, ');
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json; charset=UTF-8");
    expect(json).toMatchObject({ jsonrpc: "2.0", id: null, error: { code: -32700 } });
    expect(json.error.message).toBe("Invalid JSON was received by the server.");
    expect(Object.keys(json.error.data).sort()).toEqual(errorDataKeys);
    expect(json.error.data.mnemonic).toBe("parse_error");
  });

  it("refuses a batch array with -32099 batch_opreations_not_supported (sic)", async () => {
    const single = {
      jsonrpc: "2.0",
      id: 1,
      method: "list.calls",
      params: { access_token: "demo-key" },
    };
    const { json } = await h.post(JSON.stringify([single, single]));
    expect(json.error).toMatchObject({
      code: -32099,
      data: { mnemonic: "batch_opreations_not_supported" },
    });
    expect(json.error.data.metadata).toBeUndefined();
  });

  it("refuses a request without id with -32099 notifications_not_supported", async () => {
    const { json } = await h.post(
      JSON.stringify({
        jsonrpc: "2.0",
        method: "list.calls",
        params: { access_token: "demo-key" },
      }),
    );
    expect(json.error).toMatchObject({
      code: -32099,
      data: { mnemonic: "notifications_not_supported" },
    });
  });

  it.each([
    ["a wrong jsonrpc", { jsonrpc: "1.0", id: 1, method: "list.calls", params: {} }, "jsonrpc"],
    ["no jsonrpc", { id: 1, method: "list.calls", params: {} }, "jsonrpc"],
    ["no method", { jsonrpc: "2.0", id: 1, params: {} }, "method"],
    ["a non-string method", { jsonrpc: "2.0", id: 1, method: 7, params: {} }, "method"],
    ["an object id", { jsonrpc: "2.0", id: { a: 1 }, method: "list.calls", params: {} }, "id"],
    ["a null id", { jsonrpc: "2.0", id: null, method: "list.calls", params: {} }, "id"],
    ["array params", { jsonrpc: "2.0", id: 1, method: "list.calls", params: [1] }, "params"],
  ])("answers -32600 invalid_request for %s", async (_name, body, field) => {
    const { json } = await h.post(JSON.stringify(body));
    expect(json.error).toMatchObject({
      code: -32600,
      data: { mnemonic: "invalid_request", field },
    });
    expect(json.error.data.metadata).toBeUndefined();
  });

  it("answers -32600 for a JSON value that is not an object", async () => {
    const { json } = await h.post('"hello"');
    expect(json.error.code).toBe(-32600);
  });

  it("answers -32601 method_not_found, also for a Data API method sent to the Call API", async () => {
    const unknown = await h.call("make.coffee", {});
    expect(unknown.id).toBe("req1");
    expect(unknown.error).toMatchObject({ code: -32601, data: { mnemonic: "method_not_found" } });
    expect(unknown.error?.data.metadata).toBeUndefined();
    const wrongEndpoint = await h.call("get.tags", {});
    expect(wrongEndpoint.error?.code).toBe(-32601);
    const callOnData = await h.data("list.calls", {});
    expect(callOnData.error?.code).toBe(-32601);
  });

  it("keeps a numeric or string id as sent", async () => {
    expect((await h.call("list.calls", {}, 42)).id).toBe(42);
    expect((await h.call("list.calls", {}, "abc")).id).toBe("abc");
  });

  it.each([
    [
      "required_parameter_missed",
      "hold.call",
      { call_session_id: 1 },
      "contact_message",
      undefined,
    ],
    [
      "data_type_error",
      "hold.call",
      { call_session_id: 1, contact_message: "music" },
      "contact_message",
      "music",
    ],
    [
      "invalid_parameter_value",
      "record.call",
      { call_session_id: 1, action: "maybe" },
      "action",
      "maybe",
    ],
    [
      "unexpected_parameters",
      "unhold.call",
      { call_session_id: 1, colour: "red" },
      "colour",
      "red",
    ],
  ])("answers -32602 %s with field and value", async (mnemonic, method, params, field, value) => {
    const reply = await h.call(method, params);
    expect(reply.error?.code).toBe(-32602);
    expect(reply.error?.data).toMatchObject({ mnemonic, field });
    if (value !== undefined) expect(reply.error?.data.value).toBe(value);
    expect(Object.keys(reply.error?.data ?? {}).sort()).toEqual(
      [...errorDataKeys, "metadata"].sort(),
    );
    expect(reply.error?.data.metadata.limits).toMatchObject({ minute_limit: 150 });
  });

  it("answers -32602 invalid_parameters_combination for early_switching without switch_at_once", async () => {
    const reply = await h.call("start.simple_call", {
      first_call: "operator",
      switch_at_once: false,
      early_switching: true,
      virtual_phone_number: "74993720692",
      contact: "79261234567",
      operator: "79262444491",
    });
    expect(reply.error?.data).toMatchObject({
      mnemonic: "invalid_parameters_combination",
      field: "early_switching",
    });
  });

  it("answers required_parameter_missed for a request without any token", async () => {
    const { json } = await h.post(
      JSON.stringify({ jsonrpc: "2.0", id: 1, method: "list.calls", params: {} }),
    );
    expect(json.error.data).toMatchObject({
      mnemonic: "required_parameter_missed",
      field: "access_token",
    });
  });

  it("answers character_encoding_not_allowed for a body that is not UTF-8", async () => {
    const ascii = JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "hold.call",
      params: {
        access_token: "demo-key",
        call_session_id: 1,
        contact_message: { type: "tts", value: "X" },
      },
    });
    const latin1 = Buffer.from(ascii.replace('"X"', '"caf\u00e9"'), "latin1");
    const response = await fetch(h.sim.callApiUrl, { method: "POST", body: latin1 });
    const json = (await response.json()) as Json;
    expect(json.error).toMatchObject({
      code: -32602,
      data: { mnemonic: "character_encoding_not_allowed" },
    });
  });

  it("accepts only POST", async () => {
    const response = await fetch(h.sim.callApiUrl);
    expect(response.status).toBe(405);
    const { error } = (await response.json()) as Json;
    expect(error.code).toBe(-32600);
    expect(Object.keys(error.data).sort()).toEqual(errorDataKeys);
  });

  it("puts metadata.limits on a success reply and inside error.data on a method error", async () => {
    const ok = await h.call("list.calls", {});
    expect(ok.result?.metadata.limits).toEqual({
      day_limit: 10000,
      day_remaining: 9999,
      day_reset: 54000,
      minute_limit: 150,
      minute_remaining: 149,
      minute_reset: 60,
    });
    const notFound = await h.call("unhold.call", { call_session_id: 999 });
    expect(notFound.error).toMatchObject({
      code: -32602,
      message: "Call session not found",
      data: { mnemonic: "call_session_not_found", field: "call_session_id", value: 999 },
    });
    expect(notFound.error?.data.metadata.limits.minute_remaining).toBe(149);
  });

  it("serves the same envelope, errors and limits on the Data API", async () => {
    const { json } = await h.post("{", "data");
    expect(json.error.code).toBe(-32700);
    const tags = await h.data("get.tags");
    expect(tags.result?.metadata).toMatchObject({
      total_items: 6,
      limits: { minute_remaining: 149 },
    });
  });

  it("still serves /v3.0, marking every reply with metadata.api_version as deprecated", async () => {
    const send = async (params: Record<string, unknown>) =>
      (await (
        await fetch(h.sim.callApiUrl.replace("/v4.0", "/v3.0"), {
          method: "POST",
          body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "list.calls", params }),
        })
      ).json()) as Json;
    const deprecated = {
      current_version_depricated: true,
      current_version: "3.0",
      latest_version: "4.0",
    };
    expect((await send({ access_token: "demo-key" })).result.metadata.api_version).toEqual(
      deprecated,
    );
    const error = await send({ access_token: "demo-key", direction: "sideways" });
    expect(error.error.data.metadata.api_version).toEqual(deprecated);
    expect((await h.call("list.calls")).result?.metadata.api_version).toBeUndefined();
  });
});
