import type { Logger } from "pino";
import type { HistoryStore } from "./history-store";
import type { ReportReconciler } from "./report-reconciler";

export interface HistoryJobsOptions {
  reconciler: ReportReconciler;
  store: HistoryStore;
  logger: Logger;
  now: () => number;
  retentionDays: number;
  /** 0: reconcile only once, at start. */
  reconcileMinutes: number;
  /** Delay of the first reconciliation after start (the feed's first poll goes first). */
  startDelayMs?: number;
  pruneEveryMs?: number;
  pruneBatch?: number;
}

/**
 * The history's background work: a reconciliation soon after start (a restart's gap) and then
 * every few minutes, and pruning past the retention in small batches, each in its own turn of
 * the event loop, so a request never waits behind a large delete.
 */
export function startHistoryJobs(options: HistoryJobsOptions): { stop(): void } {
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  const reconcile = () => {
    void options.reconciler.run().then(
      (outcome) => options.logger.debug({ outcome }, "history reconciled"),
      (error: unknown) => options.logger.warn({ err: error }, "history reconciliation failed"),
    );
  };
  const prune = async () => {
    const before = options.now() - options.retentionDays * 86_400_000;
    const batch = options.pruneBatch ?? 500;
    let removed = 0;
    for (;;) {
      if (stopped) return;
      const count = await options.store.prune(before, batch);
      removed += count;
      if (count < batch) break;
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (removed > 0) options.logger.info({ removed }, "call history pruned");
  };
  const schedule = (work: () => void, ms: number, repeat: boolean) => {
    const timer = repeat ? setInterval(work, ms) : setTimeout(work, ms);
    timer.unref();
    timers.push(timer);
  };
  schedule(reconcile, options.startDelayMs ?? 3_000, false);
  if (options.reconcileMinutes > 0) schedule(reconcile, options.reconcileMinutes * 60_000, true);
  const safePrune = () =>
    void prune().catch((error: unknown) => options.logger.warn({ err: error }, "prune failed"));
  schedule(safePrune, options.startDelayMs ?? 3_000, false);
  schedule(safePrune, options.pruneEveryMs ?? 3_600_000, true);
  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
