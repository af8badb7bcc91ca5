import type { ApiError, FeedSlowdown, FeedStatus } from "@callboard/contract";
import { useSyncExternalStore } from "react";
import { getNow, subscribeNow } from "../../../lib/ticker";

/**
 * How the console receives the board: `connecting` before the first event, `live` on SSE,
 * `reconnecting` after the stream dropped, `polling` when SSE kept failing and GET /api/calls
 * is polled instead.
 */
export type FeedMode = "connecting" | "live" | "reconnecting" | "polling";

export interface FeedConnection {
  mode: FeedMode;
  upstream: FeedStatus["upstream"];
  /** When the data on screen was last known current (epoch ms), null before any data. */
  dataAsOf: number | null;
  pollIntervalMs: number;
  error: ApiError | null;
  /** Where the BFF's changes come from: CallGear's events, or list.calls alone. */
  source: FeedStatus["source"];
  /** Why reconciliation runs slower than live, and until when. */
  slowdown: FeedSlowdown | null;
}

/** Above this, polling alone is not "live" any more. */
const LIVE_POLL_MS = 5_000;

let state: FeedConnection = {
  mode: "connecting",
  upstream: "ok",
  dataAsOf: null,
  pollIntervalMs: 1000,
  error: null,
  source: "polling",
  slowdown: null,
};
const listeners = new Set<() => void>();

export function updateFeedConnection(partial: Partial<FeedConnection>): void {
  const next = { ...state, ...partial };
  if (
    next.mode === state.mode &&
    next.upstream === state.upstream &&
    next.dataAsOf === state.dataAsOf &&
    next.pollIntervalMs === state.pollIntervalMs &&
    next.error === state.error &&
    next.source === state.source &&
    next.slowdown?.reason === state.slowdown?.reason &&
    next.slowdown?.until === state.slowdown?.until
  ) {
    return;
  }
  state = next;
  for (const listener of listeners) listener();
}

/** Moves `dataAsOf` forward only (events may carry older times than a status already seen). */
export function markDataAsOf(iso: string | null | undefined): void {
  if (!iso) return;
  const at = Date.parse(iso);
  if (Number.isFinite(at) && (state.dataAsOf === null || at > state.dataAsOf)) {
    updateFeedConnection({ dataAsOf: at });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function getFeedMode(): FeedMode {
  return state.mode;
}

/** Only the mode: re-renders when it changes, not with every event's `dataAsOf`. */
export function useFeedMode(): FeedMode {
  return useSyncExternalStore(subscribe, getFeedMode, getFeedMode);
}

export type FreshnessLabel =
  | { kind: "live" }
  | { kind: "polling" }
  | { kind: "slow"; seconds: number }
  | { kind: "reconnecting" }
  | { kind: "stale"; ageSeconds: number };

/** What the connection indicator says, given the connection and the time now. */
export function describeFreshness(connection: FeedConnection, now: number): FreshnessLabel {
  const ageSeconds =
    connection.dataAsOf === null
      ? null
      : Math.max(0, Math.round((now - connection.dataAsOf) / 1000));
  const freshFor = Math.max(8_000, connection.pollIntervalMs * 2 + 6_000);
  const fresh = ageSeconds !== null && ageSeconds * 1000 <= freshFor;
  if (connection.mode === "live" && connection.upstream === "ok" && fresh) {
    // On events the board is live whatever the reconciliation's gap; on polls alone only
    // while they come at least every LIVE_POLL_MS.
    if (connection.source === "events" || connection.pollIntervalMs <= LIVE_POLL_MS) {
      return { kind: "live" };
    }
    return { kind: "slow", seconds: Math.round(connection.pollIntervalMs / 1000) };
  }
  if (
    (connection.mode === "connecting" || connection.mode === "reconnecting") &&
    ageSeconds === null
  ) {
    return { kind: "reconnecting" };
  }
  if (connection.mode === "reconnecting" && fresh) return { kind: "reconnecting" };
  if (connection.mode === "polling" && connection.upstream === "ok" && fresh)
    return { kind: "polling" };
  return { kind: "stale", ageSeconds: ageSeconds ?? 0 };
}

function sameFreshness(a: FreshnessLabel, b: FreshnessLabel): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === "stale") return a.ageSeconds === (b as typeof a).ageSeconds;
  if (a.kind === "slow") return a.seconds === (b as typeof a).seconds;
  return true;
}

let shownFreshness: FreshnessLabel = describeFreshness(state, getNow());

/**
 * The freshness now, as the same object while what it says is unchanged: the indicator then
 * re-renders when its words change, not on every feed event (each moves `dataAsOf`) and every
 * tick of the clock, which on a live board change nothing.
 */
export function currentFreshness(): FreshnessLabel {
  const next = describeFreshness(state, getNow());
  if (!sameFreshness(next, shownFreshness)) shownFreshness = next;
  return shownFreshness;
}

function subscribeFreshness(listener: () => void): () => void {
  const fromFeed = subscribe(listener);
  const fromClock = subscribeNow(listener);
  return () => {
    fromFeed();
    fromClock();
  };
}

/** The connection indicator's label, re-rendering only when it changes. */
export function useFreshness(): FreshnessLabel {
  return useSyncExternalStore(subscribeFreshness, currentFreshness, currentFreshness);
}

function getSlowdown(): FeedSlowdown | null {
  return state.slowdown;
}

/** Why the board runs slower than live (null when it does not). */
export function useSlowdown(): FeedSlowdown | null {
  return useSyncExternalStore(subscribe, getSlowdown, getSlowdown);
}

function getDegradedError(): ApiError | null {
  return state.upstream === "degraded" ? state.error : null;
}

/** The upstream's error while it is degraded (null otherwise), without the rest of the state. */
export function useDegradedError(): ApiError | null {
  return useSyncExternalStore(subscribe, getDegradedError, getDegradedError);
}
