import type { FaultBody } from "@callboard/callapi-sim";
import { expect } from "vitest";

/** The harness's upstream timeout in the fault suite: a `delay` fault of DELAY_MS outlasts it. */
export const UPSTREAM_TIMEOUT_MS = 300;
export const DELAY_MS = 1_000;

type RequestFaultKind = Exclude<FaultBody["kind"], "expire_tokens">;

/** What the BFF must answer when the upstream hop fails in one way. */
export interface FaultCase {
  kind: RequestFaultKind;
  status: number;
  mnemonic: string;
  /** The human message in English, as the console shows it. */
  message: string;
  /** Only where waiting helps (a 503 from in front of CallGear, a lost connection). */
  retryAfterSeconds?: number;
  /** Whether the action may have reached CallGear (the console then says to check the call). */
  maybeApplied?: boolean;
  /** A read is sent once more after a timeout or a lost connection (retry-policy), never twice. */
  readAttempts: 1 | 2;
  /**
   * Whether the same Idempotency-Key replays this answer. Only an answer that surely changed
   * nothing upstream (a 503 from in front of CallGear) may be tried again under the same key;
   * one that may have been applied must be replayed, or a retry dials twice.
   */
  answerKept: boolean;
}

/** Every fault the simulator injects into a request (expire_tokens is not per request). */
export const faultCases: FaultCase[] = [
  {
    kind: "delay",
    status: 504,
    mnemonic: "upstream_timeout",
    message: "CallGear did not answer in time.",
    maybeApplied: true,
    readAttempts: 2,
    answerKept: true,
  },
  {
    kind: "http_500",
    status: 502,
    mnemonic: "upstream_http_error",
    message: "CallGear's server answered with an error.",
    readAttempts: 1,
    answerKept: true,
  },
  {
    kind: "http_502",
    status: 502,
    mnemonic: "upstream_http_error",
    message: "CallGear's server answered with an error.",
    readAttempts: 1,
    answerKept: true,
  },
  {
    kind: "http_503",
    status: 503,
    mnemonic: "upstream_http_error",
    message: "CallGear's server answered with an error.",
    retryAfterSeconds: 5,
    readAttempts: 1,
    answerKept: false,
  },
  {
    kind: "malformed_json",
    status: 502,
    mnemonic: "upstream_malformed_reply",
    message: "CallGear sent a reply Callboard could not read.",
    maybeApplied: true,
    readAttempts: 1,
    answerKept: true,
  },
  {
    kind: "wrong_shape",
    status: 502,
    mnemonic: "upstream_malformed_reply",
    message: "CallGear sent a reply Callboard could not read.",
    maybeApplied: true,
    readAttempts: 1,
    answerKept: true,
  },
  {
    kind: "drop_connection",
    status: 503,
    mnemonic: "upstream_unreachable",
    message: "CallGear cannot be reached.",
    retryAfterSeconds: 5,
    maybeApplied: true,
    readAttempts: 2,
    answerKept: true,
  },
];

/** The simulator's fault body for `method`, applying to the next `count` requests. */
export function faultFor(kind: RequestFaultKind, method: string, count = 1): FaultBody {
  return { kind, method, count, delayMs: DELAY_MS };
}

interface Reply {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/** The reply is the contract's ApiError for `expected`, with its human message and headers. */
export function expectApiError(
  reply: Reply,
  expected: Pick<FaultCase, "status" | "mnemonic" | "message" | "retryAfterSeconds"> & {
    maybeApplied?: boolean;
  },
): void {
  expect(reply.status).toBe(expected.status);
  expect(reply.body).toMatchObject({
    status: expected.status,
    mnemonic: expected.mnemonic,
    message: expected.message,
    requestId: expect.any(String),
  });
  // Nothing of the upstream's raw reply (an nginx page, a stack) reaches the console.
  expect(JSON.stringify(reply.body)).not.toMatch(/<html|nginx|at \w+ \(/i);
  if (expected.retryAfterSeconds === undefined) {
    expect(reply.body.retryAfterSeconds).toBeUndefined();
  } else {
    expect(reply.body.retryAfterSeconds).toBe(expected.retryAfterSeconds);
    expect(reply.headers["retry-after"]).toBe(String(expected.retryAfterSeconds));
  }
  if (expected.maybeApplied) {
    expect(reply.body.params).toMatchObject({ maybeApplied: true });
    expect(reply.body.hint).toEqual(expect.any(String));
  }
}
