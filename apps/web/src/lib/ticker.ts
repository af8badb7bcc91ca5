import { useSyncExternalStore } from "react";

// ONE interval for the whole page: every running timer, countdown and "N s old" label reads
// the same clock (a timer per row would wake the main thread once per row). The interval
// runs only while someone listens.
const listeners = new Set<() => void>();
let now = Date.now();
let interval: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

export function subscribeNow(listener: () => void): () => void {
  listeners.add(listener);
  if (interval === undefined) {
    now = Date.now();
    interval = setInterval(tick, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && interval !== undefined) {
      clearInterval(interval);
      interval = undefined;
    }
  };
}

/** The shared clock's last tick (for code that subscribes with subscribeNow). */
export function getNow(): number {
  return now;
}

/** Milliseconds since the epoch, updated once a second by the shared ticker. */
export function useNow(): number {
  return useSyncExternalStore(subscribeNow, getNow, getNow);
}
