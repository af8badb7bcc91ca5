import type { FeedSnapshot } from "@callboard/contract";
import type { QueryClient } from "@tanstack/react-query";
import { peekEarlyStream } from "../../../lib/early-start";
import { queryKeys } from "../../../lib/query-keys";
import { applyFeedEvent } from "./apply-feed-event";
import { parseEventData, parseFeedSnapshot } from "./parse-feed-event";

/** Snapshot messages already checked here, so the feed does not parse them twice. */
const primed = new WeakMap<Event, FeedSnapshot>();

/**
 * Before the first render: writes the snapshot the boot script's stream has buffered (it usually
 * arrives while the bundle loads) into the query cache, so the board's first render has its rows
 * rather than rendering the page empty and again with the rows once the feed's effect replays it.
 * The feed still replays every buffered event, this one included: applyFeedEvent keeps the same
 * list for the same snapshot, and the feed does its own bookkeeping (new calls, freshness).
 */
export function primeCallsFromEarlyStream(queryClient: QueryClient): boolean {
  const message = peekEarlyStream()?.buffered.find((event) => event.type === "snapshot");
  if (!message || queryClient.getQueryData(queryKeys.calls) !== undefined) return false;
  const snapshot = parseFeedSnapshot(parseEventData(message));
  if (!snapshot) return false;
  primed.set(message, snapshot);
  const result = applyFeedEvent(undefined, snapshot);
  if (result.kind !== "applied") return false;
  queryClient.setQueryData(queryKeys.calls, result.list);
  return true;
}

/** The checked snapshot of a message primeCallsFromEarlyStream used, if it did. */
export function primedSnapshot(message: Event): FeedSnapshot | undefined {
  return primed.get(message);
}
