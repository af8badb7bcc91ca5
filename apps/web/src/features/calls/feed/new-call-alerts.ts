import type { CallList, CallSession } from "@callboard/contract";
import { useSyncExternalStore } from "react";
import { translate } from "../../../lib/i18n";
import { getSettings } from "../../../lib/settings";
import { callsDict } from "../i18n";
import { playRingSound } from "./ring-sound";

/** How long a new incoming call stays highlighted on the board. */
const HIGHLIGHT_MS = 20_000;

let known: Set<number> | null = null;
let highlighted: ReadonlySet<number> = new Set();
const listeners = new Set<() => void>();

function setHighlighted(next: ReadonlySet<number>): void {
  highlighted = next;
  for (const listener of listeners) listener();
}

/**
 * Called with every list the board receives. The first list (and any list marked `baseline`,
 * e.g. the first poll after a stale snapshot) only teaches which calls exist;
 * afterwards each inbound session that was not there before is highlighted and, if the operator
 * asked for it in the settings, announced by a desktop notification and a sound.
 */
export function noticeNewCalls(list: CallList, baseline = false): void {
  // Version 0 is the BFF's list before its first poll: empty, not "no calls".
  if (known === null && list.version === 0) return;
  const ids = new Set(list.calls.map((call) => call.id));
  if (known === null || baseline) {
    known = ids;
    return;
  }
  const previous = known;
  known = ids;
  const fresh = list.calls.filter((call) => !previous.has(call.id) && call.direction === "in");
  if (fresh.length === 0) return;
  const next = new Set(highlighted);
  for (const call of fresh) next.add(call.id);
  setHighlighted(next);
  setTimeout(() => {
    const remaining = new Set(highlighted);
    for (const call of fresh) remaining.delete(call.id);
    setHighlighted(remaining);
  }, HIGHLIGHT_MS);
  announce(fresh);
}

export function forgetKnownCalls(): void {
  known = null;
  setHighlighted(new Set());
}

/** Stops highlighting a call the operator has looked at. */
export function acknowledgeCall(id: number): void {
  if (!highlighted.has(id)) return;
  const next = new Set(highlighted);
  next.delete(id);
  setHighlighted(next);
}

function announce(calls: CallSession[]): void {
  const settings = getSettings();
  if (settings.sound) playRingSound();
  if (!settings.desktopNotifications || typeof Notification === "undefined") return;
  if (Notification.permission !== "granted") return;
  for (const call of calls.slice(0, 3)) {
    const title = translate(callsDict, settings.language, "newCallTitle");
    const body = translate(callsDict, settings.language, "newCallBody", {
      contact: call.contactNumber ?? "?",
      virtual: call.virtualNumber ?? "?",
    });
    try {
      new Notification(title, { body, tag: `call-${call.id}` });
    } catch {
      // Some browsers allow notifications only from a service worker; the highlight remains.
    }
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ids of the incoming calls highlighted right now. */
export function getNewCallIds(): ReadonlySet<number> {
  return highlighted;
}

/** Ids of the incoming calls that appeared in the last seconds. */
export function useNewCallIds(): ReadonlySet<number> {
  return useSyncExternalStore(subscribe, getNewCallIds, getNewCallIds);
}
