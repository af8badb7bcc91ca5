import { canonicalLegStates } from "@callboard/callapi";
import {
  type Budget,
  type CallLeg,
  type CallList,
  type CallSession,
  callPhases,
  type FeedDelta,
  type FeedSnapshot,
  type FeedStatus,
} from "@callboard/contract";
import { checkApiError } from "../../../lib/checks/check-api-error";
import {
  everyOf,
  isInt,
  isIntOrNull,
  isObject,
  isStringOrNull,
} from "../../../lib/checks/json-checks";

/**
 * Hand-written checks of the board's big payloads (a snapshot of 500 sessions, a delta, the
 * polled list), accepting exactly what the contract's zod schemas accept (the tests hold them to
 * it). Why not zod here: its parse of a large snapshot is a visible share of the first board,
 * and importing the call schemas made the first load evaluate the whole Call API method map
 * (schema construction on the first load; the status event is checked here for that reason too: its
 * schema's module imports the call schemas). Invalid data is refused (null), never rendered.
 * Unknown keys are kept, not stripped: the board reads only the fields it knows.
 */

const phaseSet = new Set<unknown>(callPhases);
const legStateSet = new Set<unknown>(canonicalLegStates);

function isLeg(leg: unknown): leg is CallLeg {
  return (
    isObject(leg) &&
    isInt(leg.id) &&
    isStringOrNull(leg.callingNumber) &&
    isStringOrNull(leg.calledNumber) &&
    typeof leg.isOperator === "boolean" &&
    isIntOrNull(leg.employeeId) &&
    isStringOrNull(leg.employeeName) &&
    typeof leg.recording === "boolean" &&
    legStateSet.has(leg.state) &&
    typeof leg.stateText === "string"
  );
}

function isTag(tag: unknown): boolean {
  return isObject(tag) && isInt(tag.id) && typeof tag.name === "string";
}

/** Same verdict as the contract's callSessionSchema. */
export function isCallSession(call: unknown): call is CallSession {
  return (
    isObject(call) &&
    isInt(call.id) &&
    (call.direction === "in" || call.direction === "out") &&
    isStringOrNull(call.startTime) &&
    typeof call.startedAt === "string" &&
    isStringOrNull(call.virtualNumber) &&
    isStringOrNull(call.contactNumber) &&
    isStringOrNull(call.externalId) &&
    everyOf(call.tags, isTag) &&
    everyOf(call.legs, isLeg) &&
    typeof call.recording === "boolean" &&
    phaseSet.has(call.phase) &&
    everyOf(call.employeeIds, isInt) &&
    (call.unconfirmed === undefined || typeof call.unconfirmed === "boolean")
  );
}

/** The feed's `snapshot` event, or null when it does not match feedSnapshotSchema. */
export function parseFeedSnapshot(value: unknown): FeedSnapshot | null {
  return isObject(value) &&
    value.type === "snapshot" &&
    isInt(value.version) &&
    everyOf(value.calls, isCallSession) &&
    typeof value.at === "string"
    ? (value as FeedSnapshot)
    : null;
}

/** The feed's `delta` event, or null when it does not match feedDeltaSchema. */
export function parseFeedDelta(value: unknown): FeedDelta | null {
  return isObject(value) &&
    value.type === "delta" &&
    isInt(value.version) &&
    isInt(value.baseVersion) &&
    everyOf(value.upserted, isCallSession) &&
    everyOf(value.removed, isInt) &&
    typeof value.at === "string"
    ? (value as FeedDelta)
    : null;
}

/** GET /api/calls, or null when it does not match callListSchema. */
export function parseCallList(value: unknown): CallList | null {
  return isObject(value) &&
    isInt(value.version) &&
    everyOf(value.calls, isCallSession) &&
    isStringOrNull(value.fetchedAt)
    ? (value as CallList)
    : null;
}

function isBudget(budget: unknown): budget is Budget {
  return (
    isObject(budget) &&
    Number.isFinite(budget.minuteRemaining) &&
    Number.isFinite(budget.minuteLimit) &&
    Number.isFinite(budget.dayRemaining) &&
    Number.isFinite(budget.dayLimit) &&
    typeof budget.minuteResetAt === "string" &&
    typeof budget.dayResetAt === "string" &&
    typeof budget.deprecated === "boolean"
  );
}

const slowdownReasons = new Set<unknown>(["day_budget", "minute_budget", "limit_exceeded"]);

function isSlowdown(slowdown: unknown): boolean {
  return (
    isObject(slowdown) && slowdownReasons.has(slowdown.reason) && isStringOrNull(slowdown.until)
  );
}

/** The feed's `status` event, or null when it does not match feedStatusSchema. */
export function parseFeedStatus(value: unknown): FeedStatus | null {
  return isObject(value) &&
    value.type === "status" &&
    (value.upstream === "ok" || value.upstream === "degraded") &&
    isStringOrNull(value.lastPollAt) &&
    isInt(value.pollIntervalMs) &&
    (value.error === undefined || checkApiError(value.error) !== null) &&
    (value.budget === null || isBudget(value.budget)) &&
    (value.source === "events" || value.source === "polling") &&
    isStringOrNull(value.lastEventAt) &&
    (value.slowdown === undefined || isSlowdown(value.slowdown))
    ? (value as FeedStatus)
    : null;
}

/** The JSON of an SSE message's data, or undefined when it is not JSON. */
export function parseEventData(message: Event): unknown {
  try {
    return JSON.parse((message as MessageEvent<string>).data);
  } catch {
    return undefined;
  }
}
