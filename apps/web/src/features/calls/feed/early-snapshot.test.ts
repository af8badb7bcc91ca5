import { QueryClient } from "@tanstack/react-query";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EarlyStart } from "../../../lib/early-start";
import { queryKeys } from "../../../lib/query-keys";
import { callSession } from "../test-support/call-session";
import { primeCallsFromEarlyStream, primedSnapshot } from "./early-snapshot";

const at = "2026-11-27T01:00:00Z";
const snapshot = { type: "snapshot", version: 7, calls: [callSession(1), callSession(2)], at };

function message(type: string, data: unknown): MessageEvent<string> {
  return {
    type,
    data: typeof data === "string" ? data : JSON.stringify(data),
  } as MessageEvent<string>;
}

function withBuffered(buffered: MessageEvent<string>[]) {
  const early: EarlyStart = {
    stream: { source: {} as EventSource, buffered, stopBuffering: () => {} },
  };
  vi.stubGlobal("window", { __callboardEarly: early });
}

describe("priming the first render with the early stream's snapshot", () => {
  let queryClient: QueryClient;
  beforeEach(() => {
    queryClient = new QueryClient();
  });
  afterEach(() => vi.unstubAllGlobals());

  it("writes the buffered snapshot into the cache and remembers it for the feed's replay", () => {
    const status = message("status", { type: "status" });
    const first = message("snapshot", snapshot);
    withBuffered([status, first]);
    expect(primeCallsFromEarlyStream(queryClient)).toBe(true);
    expect(queryClient.getQueryData(queryKeys.calls)).toEqual({
      version: 7,
      calls: snapshot.calls,
      fetchedAt: at,
    });
    expect(primedSnapshot(first)).toEqual(snapshot);
    expect(primedSnapshot(status)).toBeUndefined();
  });

  it("leaves the cache alone without a snapshot, with an invalid one, or when it has a list", () => {
    withBuffered([message("status", { type: "status" })]);
    expect(primeCallsFromEarlyStream(queryClient)).toBe(false);
    withBuffered([message("snapshot", { ...snapshot, version: "7" }), message("snapshot", "{")]);
    expect(primeCallsFromEarlyStream(queryClient)).toBe(false);
    expect(queryClient.getQueryData(queryKeys.calls)).toBeUndefined();
    const held = { version: 9, calls: [], fetchedAt: at };
    queryClient.setQueryData(queryKeys.calls, held);
    withBuffered([message("snapshot", snapshot)]);
    expect(primeCallsFromEarlyStream(queryClient)).toBe(false);
    expect(queryClient.getQueryData(queryKeys.calls)).toBe(held);
  });

  it("does nothing without the boot script's stream", () => {
    vi.stubGlobal("window", {});
    expect(primeCallsFromEarlyStream(queryClient)).toBe(false);
  });
});
