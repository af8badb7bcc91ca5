import { methods } from "@callboard/callapi";
import { describe, expect, it } from "vitest";
import { readReply } from "./reply-reader";

const token = "tok-5e1f0a9b7c";
const context = {
  method: "hold.call",
  id: 7,
  resultSchema: methods["hold.call"].result,
  secrets: [token],
};
const json = (status: number, body: unknown) => ({
  status,
  contentType: "application/json",
  text: JSON.stringify(body),
});

describe("readReply", () => {
  it("parses a success and its metadata", () => {
    const read = readReply(
      json(200, {
        jsonrpc: "2.0",
        id: 7,
        result: { data: { success: "true" }, metadata: { limits: { minute_remaining: 9 } } },
      }),
      context,
    );
    expect(read).toMatchObject({ ok: true, data: { success: true } });
    expect(read.metadata?.limits?.minute_remaining).toBe(9);
  });

  it("refuses a reply to another request", () => {
    const read = readReply(
      json(200, { jsonrpc: "2.0", id: 8, result: { data: { success: true } } }),
      context,
    );
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatchObject({
      kind: "malformed",
      params: { problem: "id_mismatch" },
    });
  });

  it("accepts an error with a null id, reading metadata from error.data or the top level", () => {
    const read = readReply(
      json(200, {
        jsonrpc: "2.0",
        id: null,
        error: {
          code: -32029,
          message: "Limit per minute has been exceeded",
          data: { mnemonic: "limit_exceeded", params: { limit_type: "minute" } },
        },
        metadata: { limits: { minute_reset: 12 } },
      }),
      context,
    );
    expect(!read.ok && read.error).toMatchObject({
      kind: "rpc",
      code: -32029,
      mnemonic: "limit_exceeded",
    });
    expect(!read.ok && read.error.metadata?.limits?.minute_reset).toBe(12);
  });

  it("redacts a token CallGear echoes back", () => {
    const read = readReply(
      json(200, {
        jsonrpc: "2.0",
        id: 7,
        error: {
          code: -32602,
          message: `Bad value ${token}`,
          data: {
            mnemonic: "data_type_error",
            field: "access_token",
            value: token,
            params: { access_token: token },
          },
        },
      }),
      context,
    );
    expect(read.ok).toBe(false);
    const serialised = JSON.stringify(!read.ok && read.error);
    expect(serialised).not.toContain(token);
    expect(!read.ok && read.error.value).toBe("***");
  });

  it("keeps a JSON-RPC error that came with an HTTP error status", () => {
    const read = readReply(
      json(500, {
        jsonrpc: "2.0",
        id: 7,
        error: { code: -32603, message: "Internal error", data: { mnemonic: "internal_error" } },
      }),
      context,
    );
    expect(!read.ok && read.error).toMatchObject({
      kind: "rpc",
      mnemonic: "internal_error",
      httpStatus: 500,
    });
  });

  it("calls an HTTP error without a JSON-RPC body an http failure", () => {
    const read = readReply(
      { status: 503, contentType: "text/html", text: "<html>503</html>" },
      context,
    );
    expect(!read.ok && read.error).toMatchObject({
      kind: "http",
      httpStatus: 503,
      mnemonic: "upstream_http_error",
    });
  });

  it("calls a body that is not JSON, or not JSON-RPC, malformed", () => {
    const broken = readReply(
      { status: 200, contentType: "application/json", text: '{"jsonrpc":' },
      context,
    );
    expect(!broken.ok && broken.error).toMatchObject({
      kind: "malformed",
      params: { problem: "invalid_json" },
    });
    const foreign = readReply(json(200, { hello: "world" }), context);
    expect(!foreign.ok && foreign.error).toMatchObject({
      kind: "malformed",
      params: { problem: "invalid_envelope" },
    });
  });
});
