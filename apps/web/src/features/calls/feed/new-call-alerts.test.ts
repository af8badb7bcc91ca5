import type { CallList, CallSession } from "@callboard/contract";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { callSession } from "../test-support/call-session";
import {
  acknowledgeCall,
  forgetKnownCalls,
  getNewCallIds,
  noticeNewCalls,
} from "./new-call-alerts";

function session(id: number, direction: "in" | "out" = "in"): CallSession {
  return callSession(id, { direction, phase: "ringing" });
}
const list = (version: number, ...calls: CallSession[]): CallList => ({
  version,
  calls,
  fetchedAt: null,
});

function highlighted(): number[] {
  return [...getNewCallIds()].sort();
}

describe("noticeNewCalls", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    forgetKnownCalls();
  });
  afterEach(() => vi.useRealTimers());

  it("learns from the first list, then highlights inbound calls that appear", () => {
    noticeNewCalls(list(0)); // the BFF's list before its first poll teaches nothing
    noticeNewCalls(list(1, session(1)));
    expect(highlighted()).toEqual([]);
    noticeNewCalls(list(2, session(1), session(2), session(3, "out")));
    expect(highlighted()).toEqual([2]);
  });

  it("does not announce the calls of a baseline list, and forgets a highlight after 20 s or when looked at", () => {
    noticeNewCalls(list(1, session(1)));
    noticeNewCalls(list(2, session(1), session(4)), true);
    expect(highlighted()).toEqual([]);
    noticeNewCalls(list(3, session(1), session(4), session(5), session(6)));
    expect(highlighted()).toEqual([5, 6]);
    acknowledgeCall(5);
    expect(highlighted()).toEqual([6]);
    vi.advanceTimersByTime(20_000);
    expect(highlighted()).toEqual([]);
  });
});
