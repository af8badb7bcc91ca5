import { z } from "zod";
import { looseBoolean, looseNumber } from "./formats";

/** Points left and when they reset; every reply may carry them, some carry `{}`. */
export const limitsSchema = z.looseObject({
  day_limit: looseNumber.optional(),
  day_remaining: looseNumber.optional(),
  /** Seconds until the daily limit resets. */
  day_reset: looseNumber.optional(),
  minute_limit: looseNumber.optional(),
  minute_remaining: looseNumber.optional(),
  /** Seconds until the per-minute limit resets. */
  minute_reset: looseNumber.optional(),
});
export type Limits = z.infer<typeof limitsSchema>;

/** Sent only by a deprecated API version. */
export const apiVersionSchema = z.looseObject({
  /** "Indication that an old version may become unavailable within 2 months" (sic: depricated). */
  current_version_depricated: looseBoolean.optional(),
  current_version: z.string().optional(),
  latest_version: z.string().optional(),
});
export type ApiVersion = z.infer<typeof apiVersionSchema>;

/** Meta parameters of a reply (the Data API adds `total_items`). */
export const metadataSchema = z.looseObject({
  api_version: apiVersionSchema.nullish(),
  limits: limitsSchema.nullish(),
  total_items: looseNumber.optional(),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const rpcIdSchema = z.union([z.string(), z.number()]);

/** A JSON-RPC 2.0 request as the service takes it: no batches, no notifications (an id is required). */
export const rpcRequestSchema = z.object({
  jsonrpc: z.literal("2.0"),
  id: rpcIdSchema,
  method: z.string().min(1),
  params: z.record(z.string(), z.unknown()),
});
export type RpcRequest = z.infer<typeof rpcRequestSchema>;

/** `error.data`: the details behind a refusal. */
export const rpcErrorDataSchema = z.looseObject({
  /** Unique text code of the error (see errorCatalog). */
  mnemonic: z.string(),
  /** The param at fault, nested ones with dots: "employee.phone_number". */
  field: z.string().nullish(),
  /** The value the client sent, unchanged; absent e.g. for a missing field. */
  value: z.unknown().optional(),
  /** Substitutions for the message template: {limit_type}, {tts_message_max_length}... */
  params: z.record(z.string(), z.unknown()).nullish(),
  /** A link to more about the error. */
  extended_helper: z.string().nullish(),
  metadata: metadataSchema.nullish(),
});
export type RpcErrorData = z.infer<typeof rpcErrorDataSchema>;

export const rpcErrorObjectSchema = z.looseObject({
  code: z.number().int(),
  message: z.string(),
  // The reference requires it; a proxy's or a parse error may still come without it.
  data: rpcErrorDataSchema.nullish(),
});
export type RpcErrorObject = z.infer<typeof rpcErrorObjectSchema>;

/** A success reply: `result.data` (parse it with the method's schema) and `result.metadata`. */
export const rpcSuccessSchema = z.looseObject({
  jsonrpc: z.literal("2.0"),
  id: rpcIdSchema.nullable(),
  result: z.looseObject({
    data: z.unknown(),
    metadata: metadataSchema.nullish(),
  }),
  metadata: metadataSchema.nullish(),
});
export type RpcSuccess = z.infer<typeof rpcSuccessSchema>;

/** An error reply; `id` is null when the request could not be read. */
export const rpcErrorResponseSchema = z.looseObject({
  jsonrpc: z.literal("2.0"),
  id: rpcIdSchema.nullable(),
  error: rpcErrorObjectSchema,
  metadata: metadataSchema.nullish(),
});
export type RpcErrorResponse = z.infer<typeof rpcErrorResponseSchema>;

export const rpcResponseSchema = z.union([rpcSuccessSchema, rpcErrorResponseSchema]);
export type RpcResponse = z.infer<typeof rpcResponseSchema>;

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * The meta parameters of any reply, wherever the live service puts them: `result.metadata`,
 * `error.data.metadata` or a top-level `metadata`. Undefined when none parses.
 */
export function extractMetadata(reply: unknown): Metadata | undefined {
  const candidates = [
    field(field(reply, "result"), "metadata"),
    field(field(field(reply, "error"), "data"), "metadata"),
    field(reply, "metadata"),
  ];
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === null) continue;
    const parsed = metadataSchema.safeParse(candidate);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}
