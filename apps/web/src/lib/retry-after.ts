import { useSyncExternalStore } from "react";
import { subscribeNow } from "./ticker";

// After the upstream's limit_exceeded (or a throttled login) the console holds back until the
// BFF says it may succeed again. Login attempts and the other state-changing requests are held apart, so a
// throttled login does not block actions of a logged-in user and vice versa.
export type RetryScope = "login" | "actions";

const blockedUntil: Record<RetryScope, number> = { login: 0, actions: 0 };
const listeners = new Set<() => void>();

export function holdBack(scope: RetryScope, seconds: number, now = Date.now()): void {
  blockedUntil[scope] = Math.max(blockedUntil[scope], now + seconds * 1000);
  for (const listener of listeners) listener();
}

/** Whole seconds still to wait in `scope` (0 when free). */
export function secondsLeft(scope: RetryScope, now = Date.now()): number {
  return Math.max(0, Math.ceil((blockedUntil[scope] - now) / 1000));
}

export function clearHoldBack(): void {
  blockedUntil.login = 0;
  blockedUntil.actions = 0;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Re-read once a second through the shared ticker while anyone shows a countdown.
  const unsubscribeTicker = subscribeNow(listener);
  return () => {
    listeners.delete(listener);
    unsubscribeTicker();
  };
}

/** Seconds until actions may be tried again (0 when free), for a banner or disabled buttons. */
export function useRetryAfter(scope: RetryScope = "actions"): number {
  const read = () => secondsLeft(scope);
  return useSyncExternalStore(subscribe, read, read);
}
