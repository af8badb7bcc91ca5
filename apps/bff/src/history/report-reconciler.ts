import { formatAccountTime } from "@callboard/callapi";
import type { Logger } from "pino";
import type { LimitsTracker } from "../limits/tracker";
import type { CallApiClient } from "../upstream";
import type { CallHistory } from "./call-history";
import { reportFields, reportPatch } from "./report-rows";

export interface ReconcilerOptions {
  history: CallHistory;
  callApi: CallApiClient;
  limits: LimitsTracker;
  now: () => number;
  logger: Logger;
  timeZone: string;
  recordingsUrl: string | undefined;
  /** How far back each run starts before the last reconciled moment. */
  overlapMs?: number;
  /** The window of a first run, with no history yet. */
  firstWindowMs?: number;
  pageSize?: number;
  /** A run waits while less than this share of the minute's points is left. */
  minBudgetRatio?: number;
}

const META_KEY = "reconciled_until";

export type ReconcileOutcome =
  | { kind: "done"; from: number; till: number; rows: number; pages: number }
  | { kind: "deferred"; reason: "budget" | "running" };

/**
 * Fills the call history from the Data API's get.calls_report: after a restart (from the last
 * reconciled moment, minus an overlap) and on a timer, so calls whose notifications were lost
 * are still counted. Rows are keyed by call_session_id, so the overlap counts nothing twice.
 * Every page costs points: a run stops when the minute's budget runs low and resumes later
 * from where the history stands.
 */
export class ReportReconciler {
  private running = false;

  constructor(private readonly options: ReconcilerOptions) {}

  async run(): Promise<ReconcileOutcome> {
    if (this.running) return { kind: "deferred", reason: "running" };
    this.running = true;
    try {
      return await this.reconcile();
    } finally {
      this.running = false;
    }
  }

  private async reconcile(): Promise<ReconcileOutcome> {
    const { history, now } = this.options;
    const overlap = this.options.overlapMs ?? 10 * 60_000;
    const pageSize = this.options.pageSize ?? 1000;
    const kept = Number(await history.store.getMeta(META_KEY));
    const latest = await history.store.latestFinishedAt();
    const till = now();
    const since = Number.isFinite(kept) && kept > 0 ? kept : latest;
    const from =
      since !== null ? since - overlap : till - (this.options.firstWindowMs ?? 86_400_000);
    let rows = 0;
    let pages = 0;
    for (let offset = 0; ; offset += pageSize) {
      if (this.budgetLow()) {
        this.options.logger.info({ offset }, "history reconciliation waits for the points budget");
        return { kind: "deferred", reason: "budget" };
      }
      const page = await this.options.callApi.data("get.calls_report", {
        date_from: formatAccountTime(from, this.options.timeZone),
        date_till: formatAccountTime(till, this.options.timeZone),
        offset,
        limit: pageSize,
        fields: reportFields,
      });
      pages += 1;
      for (const row of page) {
        const { patch, lost } = reportPatch(row, this.options.timeZone, this.options.recordingsUrl);
        await history.record(patch, lost);
      }
      rows += page.length;
      if (page.length < pageSize) break;
    }
    await history.store.setMeta(META_KEY, String(till));
    return { kind: "done", from, till, rows, pages };
  }

  private budgetLow(): boolean {
    const ratio = this.options.limits.minuteRemainingRatio();
    return ratio !== null && ratio < (this.options.minBudgetRatio ?? 0.3);
  }
}
