import type { CallSession } from "@callboard/contract";
import type { NoticeApplier } from "./notice-applier";

/** A session list.calls shows for the first time counts against the events after this long. */
export const EVENT_GRACE_MS = 10_000;

export interface MergedReconciliation {
  /** The list to diff the feed against. */
  calls: CallSession[];
  /** False when list.calls found a call that the events should have announced by now. */
  agreed: boolean;
}

/**
 * Merges what a list.calls that started at `pollStartedAt` returned with what events changed
 * since: a session an event touched after the poll began stays as the event left it (the poll's
 * answer is older), and a session finished by an event stays gone unless an older event
 * finished it and list.calls still shows it.
 */
export function mergeReconciliation(
  polled: CallSession[],
  current: (id: number) => CallSession | undefined,
  currentIds: Iterable<number>,
  applier: NoticeApplier,
  pollStartedAt: number,
  now: number,
): MergedReconciliation {
  const newer = (id: number) => (applier.lastAppliedAt(id) ?? -Infinity) >= pollStartedAt;
  const calls: CallSession[] = [];
  const seen = new Set<number>();
  let agreed = true;
  for (const session of polled) {
    seen.add(session.id);
    if (newer(session.id)) {
      const kept = current(session.id);
      if (kept) calls.push(kept);
      continue;
    }
    if (applier.isFinished(session.id)) {
      // Finished by an event and winding down in the list: both say the same; it stays gone.
      // Shown live, the finish was wrong or early: the list wins.
      if (session.phase === "finishing") continue;
      applier.revive(session.id);
    }
    const known = current(session.id);
    if (!known && now - Date.parse(session.startedAt) > EVENT_GRACE_MS) agreed = false;
    calls.push(session);
  }
  for (const id of currentIds) {
    if (seen.has(id) || !newer(id)) continue;
    const kept = current(id);
    if (kept) calls.push(kept);
  }
  applier.forget(seen, pollStartedAt);
  return { calls, agreed };
}
