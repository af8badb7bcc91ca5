import {
  callListSchema,
  callPhaseSchema,
  callSessionSchema,
  feedDeltaSchema,
  feedSnapshotSchema,
  feedStatusSchema,
} from "@callboard/contract";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreesWithZod } from "../../../test-support/agrees-with-zod";
import {
  isCallSession,
  parseCallList,
  parseFeedDelta,
  parseFeedSnapshot,
  parseFeedStatus,
} from "./parse-feed-event";

const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const int = fc.integer({ min: -5, max: 1_000_000 });

const leg = fc.record({
  id: int,
  callingNumber: nullable(fc.string()),
  calledNumber: nullable(fc.string()),
  isOperator: fc.boolean(),
  employeeId: nullable(int),
  employeeName: nullable(fc.string()),
  recording: fc.boolean(),
  state: fc.constantFrom("talking", "on_hold", "dialing", "disconnected", "unknown"),
  stateText: fc.string(),
});

const session = fc.record(
  {
    id: int,
    direction: fc.constantFrom("in", "out"),
    startTime: nullable(fc.string()),
    startedAt: fc.string(),
    virtualNumber: nullable(fc.string()),
    contactNumber: nullable(fc.string()),
    externalId: nullable(fc.string()),
    tags: fc.array(fc.record({ id: int, name: fc.string() }), { maxLength: 2 }),
    legs: fc.array(leg, { maxLength: 3 }),
    recording: fc.boolean(),
    phase: fc.constantFrom(...callPhaseSchema.options),
    employeeIds: fc.array(int, { maxLength: 3 }),
    unconfirmed: fc.boolean(),
  },
  {
    requiredKeys: [
      "id",
      "direction",
      "startTime",
      "startedAt",
      "virtualNumber",
      "contactNumber",
      "externalId",
      "tags",
      "legs",
      "recording",
      "phase",
      "employeeIds",
    ],
  },
);

const snapshot = fc.record({
  type: fc.constant("snapshot"),
  version: int,
  calls: fc.array(session, { maxLength: 4 }),
  at: fc.string(),
});
const delta = fc.record({
  type: fc.constant("delta"),
  version: int,
  baseVersion: int,
  upserted: fc.array(session, { maxLength: 3 }),
  removed: fc.array(int, { maxLength: 3 }),
  at: fc.string(),
});
const callList = fc.record({
  version: int,
  calls: fc.array(session, { maxLength: 4 }),
  fetchedAt: nullable(fc.string()),
});

const status = fc.record(
  {
    type: fc.constant("status"),
    upstream: fc.constantFrom("ok", "degraded"),
    lastPollAt: nullable(fc.string()),
    pollIntervalMs: int,
    error: fc.record(
      {
        status: int,
        mnemonic: fc.string(),
        message: fc.string(),
        hint: fc.string(),
        retryAfterSeconds: fc.nat(),
      },
      { requiredKeys: ["status", "mnemonic", "message"] },
    ),
    budget: nullable(
      fc.record({
        minuteRemaining: fc.integer(),
        minuteLimit: fc.integer(),
        dayRemaining: fc.double({ noNaN: true, noDefaultInfinity: true }),
        dayLimit: fc.integer(),
        minuteResetAt: fc.string(),
        dayResetAt: fc.string(),
        deprecated: fc.boolean(),
      }),
    ),
    source: fc.constantFrom("events", "polling", "other"),
    lastEventAt: nullable(fc.string()),
    slowdown: fc.record({
      reason: fc.constantFrom("day_budget", "minute_budget", "limit_exceeded", "other"),
      until: nullable(fc.string()),
    }),
  },
  {
    requiredKeys: [
      "type",
      "upstream",
      "lastPollAt",
      "pollIntervalMs",
      "budget",
      "source",
      "lastEventAt",
    ],
  },
);

describe("the board's hand-written payload checks", () => {
  it("accept and refuse exactly what callSessionSchema does", () => {
    agreesWithZod(session, callSessionSchema, isCallSession);
  });

  it("accept and refuse exactly what feedSnapshotSchema does", () => {
    agreesWithZod(snapshot, feedSnapshotSchema, (value) => parseFeedSnapshot(value) !== null);
  });

  it("accept and refuse exactly what feedDeltaSchema does", () => {
    agreesWithZod(delta, feedDeltaSchema, (value) => parseFeedDelta(value) !== null);
  });

  it("accept and refuse exactly what callListSchema does", () => {
    agreesWithZod(callList, callListSchema, (value) => parseCallList(value) !== null);
  });

  it("accept and refuse exactly what feedStatusSchema does", () => {
    agreesWithZod(status, feedStatusSchema, (value) => parseFeedStatus(value) !== null);
  });

  it("refuse what JSON.parse could not give a board: no object, a missing list, another event", () => {
    expect(parseFeedSnapshot(undefined)).toBeNull();
    expect(parseFeedSnapshot({ type: "snapshot", version: 1, at: "t" })).toBeNull();
    expect(parseFeedSnapshot({ type: "delta", version: 1, calls: [], at: "t" })).toBeNull();
    expect(parseFeedDelta([])).toBeNull();
  });

  it("hand over the payload itself, so unchanged sessions can keep their identity", () => {
    const event = { type: "snapshot", version: 3, calls: [], at: "2026-11-26T22:00:00Z" };
    expect(parseFeedSnapshot(event)).toBe(event);
  });
});
