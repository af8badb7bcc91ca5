import type { CallList, CallSession, FeedDelta, FeedSnapshot } from "@callboard/contract";

export type FeedApplyResult = { kind: "applied"; list: CallList } | { kind: "resync" };

/**
 * Writes a snapshot or delta into the cached call list. Unchanged sessions keep their object
 * identity, so memoised rows for them do not re-render. A delta for another base version means
 * events were missed: the caller must resync (reconnect for a snapshot).
 */
export function applyFeedEvent(
  current: CallList | undefined,
  event: FeedSnapshot | FeedDelta,
): FeedApplyResult {
  if (event.type === "snapshot") {
    const previous = new Map(current?.calls.map((call) => [call.id, call]));
    // Keep identity for sessions that did not change across a resync (deep-equal by JSON).
    let unchanged = current !== undefined && current.calls.length === event.calls.length;
    const calls = event.calls.map((call, index) => {
      const old = previous.get(call.id);
      const kept = old && (old === call || sameSession(old, call)) ? old : call;
      if (kept !== current?.calls[index]) unchanged = false;
      return kept;
    });
    // The same list again (the snapshot the first render was primed with, replayed by the feed):
    // the current list itself, so nothing re-renders.
    if (unchanged && current?.version === event.version && current.fetchedAt === event.at) {
      return { kind: "applied", list: current };
    }
    return { kind: "applied", list: { version: event.version, calls, fetchedAt: event.at } };
  }
  if (!current || current.version !== event.baseVersion) {
    if (current && event.version <= current.version) {
      // An old delta replayed after we already have a newer list: nothing to do.
      return { kind: "applied", list: current };
    }
    return { kind: "resync" };
  }
  const removed = new Set(event.removed);
  const upserted = new Map(event.upserted.map((call) => [call.id, call]));
  const calls: CallSession[] = [];
  for (const call of current.calls) {
    if (removed.has(call.id)) continue;
    const update = upserted.get(call.id);
    if (update) {
      calls.push(update);
      upserted.delete(call.id);
    } else {
      calls.push(call);
    }
  }
  for (const added of upserted.values()) calls.push(added);
  return { kind: "applied", list: { version: event.version, calls, fetchedAt: event.at } };
}

function sameSession(a: CallSession, b: CallSession): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
