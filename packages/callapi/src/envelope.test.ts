import { describe, expect, it } from "vitest";
import {
  extractMetadata,
  rpcErrorResponseSchema,
  rpcRequestSchema,
  rpcResponseSchema,
  rpcSuccessSchema,
} from "./envelope";

const limits = {
  day_limit: 750,
  day_remaining: 741,
  day_reset: 31492,
  minute_limit: 150,
  minute_remaining: 149,
  minute_reset: 52,
};

describe("rpcRequestSchema", () => {
  it("takes a JSON-RPC 2.0 request with a string or number id", () => {
    for (const id of ["req1", 7]) {
      expect(
        rpcRequestSchema.safeParse({ jsonrpc: "2.0", id, method: "list.calls", params: {} })
          .success,
      ).toBe(true);
    }
  });
  it("refuses a notification (no id), another version, or params that are no object", () => {
    const base = { jsonrpc: "2.0", id: 1, method: "list.calls", params: {} };
    const { id: _id, ...notification } = base;
    expect(rpcRequestSchema.safeParse(notification).success).toBe(false);
    expect(rpcRequestSchema.safeParse({ ...base, jsonrpc: "1.0" }).success).toBe(false);
    expect(rpcRequestSchema.safeParse({ ...base, params: [1] }).success).toBe(false);
  });
});

describe("replies", () => {
  it("tell a success from an error", () => {
    const success = { jsonrpc: "2.0", id: "a", result: { data: { success: "true" } } };
    const error = {
      jsonrpc: "2.0",
      id: "a",
      error: {
        code: -32004,
        message: "This method can not be called in this state",
        data: { mnemonic: "invalid_state" },
      },
    };
    expect(rpcSuccessSchema.safeParse(success).success).toBe(true);
    expect(rpcErrorResponseSchema.safeParse(success).success).toBe(false);
    expect(rpcErrorResponseSchema.safeParse(error).success).toBe(true);
    expect(rpcSuccessSchema.safeParse(error).success).toBe(false);
    expect(rpcResponseSchema.safeParse(error).success).toBe(true);
  });

  it("accept an error's params, helper and nulls as the live service sends them", () => {
    const reply = rpcErrorResponseSchema.parse({
      jsonrpc: "2.0",
      id: null,
      error: {
        code: -32029,
        message: "Limit per minute has been exceeded. Value of current limit per minute is 150",
        data: {
          mnemonic: "limit_exceeded",
          field: null,
          params: { limit_type: "minute", limit_max_value: 150 },
          extended_helper: null,
          metadata: { limits },
        },
      },
    });
    expect(reply.error.data?.params).toEqual({ limit_type: "minute", limit_max_value: 150 });
  });

  it("refuse an error without a code", () => {
    expect(
      rpcErrorResponseSchema.safeParse({ jsonrpc: "2.0", id: 1, error: { message: "x" } }).success,
    ).toBe(false);
  });
});

describe("extractMetadata", () => {
  it("reads result.metadata of a success", () => {
    const reply = { jsonrpc: "2.0", id: 1, result: { data: [], metadata: { limits } } };
    expect(extractMetadata(reply)?.limits).toEqual(limits);
  });

  it("reads error.data.metadata of an error", () => {
    const reply = {
      jsonrpc: "2.0",
      id: 1,
      error: { code: -32602, message: "m", data: { mnemonic: "x", metadata: { limits } } },
    };
    expect(extractMetadata(reply)?.limits?.minute_remaining).toBe(149);
  });

  it("reads a top-level metadata, with numbers as strings and a deprecated version", () => {
    const reply = {
      jsonrpc: "2.0",
      id: 1,
      error: {
        code: -32001,
        message: "Access token is invalid",
        data: { mnemonic: "access_token_invalid" },
      },
      metadata: {
        limits: { day_remaining: "12" },
        api_version: {
          current_version_depricated: "true",
          current_version: "4.0",
          latest_version: "4.1",
        },
      },
    };
    expect(extractMetadata(reply)).toEqual({
      limits: { day_remaining: 12 },
      api_version: {
        current_version_depricated: true,
        current_version: "4.0",
        latest_version: "4.1",
      },
    });
  });

  it("answers undefined when a reply carries none, or is no reply", () => {
    expect(extractMetadata({ jsonrpc: "2.0", id: 1, result: { data: {} } })).toBeUndefined();
    expect(extractMetadata(null)).toBeUndefined();
    expect(extractMetadata("text")).toBeUndefined();
  });
});
