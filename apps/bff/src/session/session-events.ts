/**
 * What ends a login's authority: one session ended (logout, expiry, eviction), or a user's
 * account changed so that every session of theirs must be looked at again (disabled, role
 * changed, password changed). The session and user stores publish these; whoever holds
 * something on a session's behalf (the SSE hub's open streams) subscribes. Plain JSON, so a
 * Redis pub/sub channel can carry the same events between instances.
 */
export type SessionEvent =
  | { kind: "session-ended"; sessionId: string }
  | { kind: "user-changed"; userId: number; reason: "disabled" | "role" | "password" | "deleted" };

export interface SessionEvents {
  publish(event: SessionEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: SessionEvent) => void): () => void;
}

/** The in-process notifier: listeners are called synchronously, in subscription order. */
export function createLocalSessionEvents(): SessionEvents {
  const listeners = new Set<(event: SessionEvent) => void>();
  return {
    publish(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
