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
  /**
   * With several instances: claims a job's run for `ms` so that one instance runs it (a report
   * read costs points). Without, this instance runs every job.
   */
  claim?: (job: "reconcile" | "prune", ms: number) => Promise<boolean>;
}

/**
 * The history's background work: a reconciliation soon after start (a restart's gap) and then
 * every few minutes, and pruning past the retention in small batches, each in its own turn of
 * the event loop, so a request never waits behind a large delete.
 */
export function startHistoryJobs(options: HistoryJobsOptions): { stop(): void } {
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;
  const claim = options.claim ?? (async () => true);
  const reconcileEveryMs = options.reconcileMinutes * 60_000;
  const reconcile = async () => {
    // A claim a little shorter than the period, so the next run is never refused by this one's.
    if (!(await claim("reconcile", Math.max(reconcileEveryMs, 60_000) * 0.9))) return;
    await options.reconciler.run().then(
      (outcome) => options.logger.debug({ outcome }, "history reconciled"),
      (error: unknown) => options.logger.warn({ err: error }, "history reconciliation failed"),
    );
  };
  const pruneEveryMs = options.pruneEveryMs ?? 3_600_000;
  const prune = async () => {
    if (!(await claim("prune", pruneEveryMs * 0.9))) return;
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
  const safeReconcile = () =>
    void reconcile().catch((error: unknown) =>
      options.logger.warn({ err: error }, "history reconciliation failed"),
    );
  schedule(safeReconcile, options.startDelayMs ?? 3_000, false);
  if (options.reconcileMinutes > 0) schedule(safeReconcile, reconcileEveryMs, true);
  const safePrune = () =>
    void prune().catch((error: unknown) => options.logger.warn({ err: error }, "prune failed"));
  schedule(safePrune, options.startDelayMs ?? 3_000, false);
  schedule(safePrune, pruneEveryMs, true);
  return {
    stop() {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
