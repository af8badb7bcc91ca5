/**
 * Decides which BFF instance polls list.calls (a seam, docs/architecture.md): with several behind
 * a load balancer, a Redis lock with a TTL lets only one poll and the bus carries its events to
 * the others. A single process always holds it.
 */
export interface LeaderLock {
  /** True while this instance may poll; called before every poll (a TTL lock renews here). */
  acquire(): Promise<boolean>;
  release(): Promise<void>;
  /** Whether this instance holds it now (a notification is applied only by the holder). */
  held(): boolean;
}

export function createInProcessLeaderLock(): LeaderLock {
  return {
    acquire: async () => true,
    release: async () => {},
    held: () => true,
  };
}
