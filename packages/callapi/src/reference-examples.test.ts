import { describe, expect, it } from "vitest";
import { actionParams, callMethodNames, isCallMethodName, methods } from "./call-methods";
import { checkParams } from "./check-params";
import { dataMethods, isDataMethodName } from "./data-methods";
import {
  extractMetadata,
  metadataSchema,
  rpcErrorResponseSchema,
  rpcRequestSchema,
  rpcResponseSchema,
  rpcSuccessSchema,
} from "./envelope";
import { referenceExamples } from "./reference-fixtures";

const requests = referenceExamples.filter((e) => e.kind === "request");
const replies = referenceExamples.filter((e) => e.kind === "reply");
const label = (e: { method: string; line: number }) => `${e.method} (line ${e.line})`;

function resultSchemaOf(method: string) {
  if (isCallMethodName(method)) return methods[method].result;
  if (isDataMethodName(method)) return dataMethods[method].result;
  throw new Error(`no method ${method}`);
}

describe("the reference's examples", () => {
  it("hold an example request and reply for each of the 22 methods", () => {
    expect(new Set(requests.map((e) => e.method))).toEqual(new Set(callMethodNames));
    for (const name of callMethodNames) {
      expect(
        replies.some((e) => e.method === name),
        name,
      ).toBe(true);
    }
  });

  it.each(requests.map((e) => [label(e), e] as const))("request %s parses", (_, example) => {
    const request = rpcRequestSchema.parse(example.json);
    expect(isCallMethodName(request.method)).toBe(true);
    if (!isCallMethodName(request.method)) return;
    const parsed = methods[request.method].params.safeParse(request.params);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(checkParams(request.method, request.params).ok).toBe(true);
    // Without the token it is what a caller passes.
    const { access_token: _token, ...action } = request.params;
    expect(actionParams[request.method].safeParse(action).success).toBe(true);
  });

  it.each(replies.map((e) => [label(e), e] as const))("reply %s parses", (_, example) => {
    const reply = rpcSuccessSchema.parse(example.json);
    const parsed = resultSchemaOf(example.method).safeParse(reply.result.data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(rpcResponseSchema.safeParse(example.json).success).toBe(true);
  });

  it("the error example parses as an error reply", () => {
    const errors = referenceExamples.filter((e) => e.kind === "error");
    expect(errors).toHaveLength(1);
    const reply = rpcErrorResponseSchema.parse(errors[0]?.json);
    expect(reply.id).toBeNull();
    expect(reply.error.data?.mnemonic).toBe("data_type_error");
    expect(reply.error.data?.field).toBe("contact");
  });

  it("metadata's JSON structure names exactly the fields metadataSchema reads", () => {
    const structure = referenceExamples.find((e) => e.kind === "structure")?.json as {
      metadata: { api_version: Record<string, string>; limits: Record<string, string> };
    };
    const shape = metadataSchema.shape;
    expect(Object.keys(structure.metadata.limits).sort()).toEqual(
      Object.keys(shape.limits.unwrap().unwrap().shape).sort(),
    );
    expect(Object.keys(structure.metadata.api_version).sort()).toEqual(
      Object.keys(shape.api_version.unwrap().unwrap().shape).sort(),
    );
  });

  it("the Data API example carries metadata in result.metadata", () => {
    const tags = referenceExamples.find((e) => e.method === "get.tags");
    expect(extractMetadata(tags?.json)).toEqual({ total_items: 1, limits: {} });
  });
});
