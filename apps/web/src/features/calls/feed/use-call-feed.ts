import type { CallList } from "@callboard/contract";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { takeEarlyStream } from "../../../lib/early-start";
import { queryKeys } from "../../../lib/query-keys";
import { callsQueryOptions } from "../api/calls-query";
import { applyFeedEvent } from "./apply-feed-event";
import { primedSnapshot } from "./early-snapshot";
import { markDataAsOf, updateFeedConnection } from "./feed-status-store";
import { forgetKnownCalls, noticeNewCalls } from "./new-call-alerts";
import {
  parseEventData,
  parseFeedDelta,
  parseFeedSnapshot,
  parseFeedStatus,
} from "./parse-feed-event";

const EVENTS_URL = "/api/calls/events";
const FEED_EVENT_TYPES = ["snapshot", "delta", "status", "missed"] as const;
type FeedEventType = (typeof FEED_EVENT_TYPES)[number];
/** Consecutive stream failures (without a single event between them) before polling instead. */
const FAILURES_BEFORE_POLLING = 3;
/** While polling, try the stream again this often. */
const STREAM_RETRY_MS = 30_000;
/** Back-off before reopening a stream the browser gave up on. */
const REOPEN_DELAY_MS = 2_000;

/**
 * Keeps the call list in the query cache current: SSE events from the BFF (snapshot, delta,
 * status), resync on a version gap, and GET /api/calls polling when the stream fails repeatedly.
 */
export function useCallFeed(): void {
  const queryClient = useQueryClient();
  const [polling, setPolling] = useState(false);
  const pollingRef = useRef(polling);
  pollingRef.current = polling;

  // The fallback: fetches only while `polling`; its results pass through the same alerting.
  // Subscribed only while polling: otherwise each feed event's setQueryData would re-render
  // this hook's component for nothing.
  const fallback = useQuery({ ...callsQueryOptions(polling), subscribed: polling });
  useEffect(() => {
    if (!polling || !fallback.data) return;
    noticeNewCalls(fallback.data);
    markDataAsOf(fallback.data.fetchedAt);
    updateFeedConnection({ upstream: "ok", error: null });
  }, [polling, fallback.data]);

  useEffect(() => {
    if (typeof EventSource === "undefined") {
      setPolling(true);
      updateFeedConnection({ mode: "polling" });
      return;
    }
    let source: EventSource | null = null;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    // After a (re)connect the BFF may hand over a list it has not refreshed for a while (it
    // polls only while someone watches). Then the first poll's changes are not "new calls".
    let snapshotAt: string | null = null;
    let awaitingStatus = false;
    let learningAfter: string | null = null;

    const write = (event: Parameters<typeof applyFeedEvent>[1]) => {
      const previous = queryClient.getQueryData<CallList>(queryKeys.calls);
      const result = applyFeedEvent(previous, event);
      if (result.kind === "resync") {
        open(); // a fresh EventSource sends no Last-Event-ID: the BFF answers with a snapshot
        return;
      }
      let baseline = event.type === "snapshot";
      if (event.type === "snapshot") {
        snapshotAt = event.at;
        awaitingStatus = true;
        learningAfter = null;
      } else if (learningAfter !== null && event.at >= learningAfter) {
        baseline = true;
        learningAfter = null;
      }
      if (result.list !== previous) queryClient.setQueryData(queryKeys.calls, result.list);
      noticeNewCalls(result.list, baseline);
      markDataAsOf(event.at);
    };

    const received = () => {
      failures = 0;
      if (pollingRef.current) setPolling(false);
      updateFeedConnection({ mode: "live" });
    };

    const handlers: Record<FeedEventType, (message: Event) => void> = {
      // Checked by hand, not by zod (parse-feed-event.ts says why).
      snapshot(message) {
        // The first one may have been checked already, to prime the first render (early-snapshot.ts).
        const snapshot = primedSnapshot(message) ?? parseFeedSnapshot(parseEventData(message));
        if (!snapshot) return;
        received();
        write(snapshot);
      },
      delta(message) {
        const delta = parseFeedDelta(parseEventData(message));
        if (!delta) return;
        received();
        write(delta);
      },
      // The missed-call queue changed (a claim, a call-back, a new lost call): the queue's
      // queries (and the navigation's count) refetch; the board's list is not touched.
      missed() {
        void queryClient.invalidateQueries({ queryKey: queryKeys.missed });
      },
      status(message) {
        const status = parseFeedStatus(parseEventData(message));
        if (!status) return;
        received();
        if (awaitingStatus && snapshotAt) {
          awaitingStatus = false;
          const lastPoll = status.lastPollAt ? Date.parse(status.lastPollAt) : Number.NaN;
          const staleFor = Date.parse(snapshotAt) - lastPoll;
          if (!(staleFor <= Math.max(2_000, status.pollIntervalMs * 2))) learningAfter = snapshotAt;
        }
        if (status.budget) queryClient.setQueryData(queryKeys.budget, status.budget);
        updateFeedConnection({
          upstream: status.upstream,
          pollIntervalMs: status.pollIntervalMs,
          error: status.error ?? null,
          source: status.source,
          slowdown: status.slowdown ?? null,
        });
        if (status.upstream === "ok") markDataAsOf(status.lastPollAt);
      },
    };

    function open() {
      source?.close();
      if (disposed) return;
      // The first time, the boot script has opened the stream already (lib/early-start.ts).
      const early = takeEarlyStream();
      const stream = early?.source ?? new EventSource(EVENTS_URL, { withCredentials: true });
      source = stream;
      for (const type of FEED_EVENT_TYPES) stream.addEventListener(type, handlers[type]);
      if (early) {
        // Same task as the listeners above: no event can slip in between.
        early.stopBuffering();
        for (const message of early.buffered) {
          if (source !== stream) break; // a replayed event made us resync
          handlers[message.type as FeedEventType]?.(message);
        }
      }
      stream.onerror = () => {
        if (source !== stream) return;
        failures += 1;
        if (failures >= FAILURES_BEFORE_POLLING) {
          stream.close();
          setPolling(true);
          updateFeedConnection({ mode: "polling" });
          timer = setTimeout(open, STREAM_RETRY_MS);
          return;
        }
        updateFeedConnection({ mode: pollingRef.current ? "polling" : "reconnecting" });
        // CONNECTING: the browser retries by itself; CLOSED (e.g. an HTTP error): we reopen.
        if (stream.readyState === EventSource.CLOSED) timer = setTimeout(open, REOPEN_DELAY_MS);
      };
    }

    open();
    return () => {
      disposed = true;
      forgetKnownCalls();
      if (timer) clearTimeout(timer);
      source?.close();
    };
  }, [queryClient]);
}
