import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { AuditLog } from "../audit/audit-log";
import { toApiError } from "../errors";
import type { LimitsTracker } from "../limits/tracker";
import type { CallApiClient } from "../upstream";

/** What the collected gauges read when Prometheus scrapes (nothing is sampled in between). */
export interface MetricsSources {
  sseClients: () => number;
  /** ISO time of the feed's last successful poll (or the last delta heard from the leader). */
  lastPollAt: () => string | null;
  limits: LimitsTracker;
  isLeader: () => boolean;
  now?: () => number;
}

/**
 * The BFF's Prometheus metrics in a registry of its own (not prom-client's global one, so two
 * apps in one test process do not collide): upstream latency by method, upstream errors by
 * mnemonic, actions by result, SSE clients, feed lag, points left and leader state.
 */
export class BffMetrics {
  readonly registry = new Registry();
  private readonly upstreamSeconds = new Histogram({
    name: "callboard_upstream_request_duration_seconds",
    help: "Call API / Data API request time by method (success or error)",
    labelNames: ["method"],
    buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly upstreamErrors = new Counter({
    name: "callboard_upstream_errors_total",
    help: "Failed upstream requests by Callboard error mnemonic",
    labelNames: ["mnemonic"],
    registers: [this.registry],
  });
  private readonly actions = new Counter({
    name: "callboard_actions_total",
    help: "Audited user actions by result (ok or error)",
    labelNames: ["result"],
    registers: [this.registry],
  });

  constructor(sources: MetricsSources) {
    const now = sources.now ?? Date.now;
    const registers = [this.registry];
    new Gauge({
      name: "callboard_sse_clients",
      help: "Open live-feed event streams on this instance",
      registers,
      collect() {
        this.set(sources.sseClients());
      },
    });
    new Gauge({
      name: "callboard_feed_lag_seconds",
      help: "Seconds since the feed's last successful poll (-1 before the first)",
      registers,
      collect() {
        const at = sources.lastPollAt();
        this.set(at === null ? -1 : Math.max(0, (now() - Date.parse(at)) / 1000));
      },
    });
    new Gauge({
      name: "callboard_points_left",
      help: "Call API points left in the current minute and day, as last reported upstream",
      labelNames: ["period"],
      registers,
      collect() {
        const budget = sources.limits.budget();
        if (!budget) return;
        this.set({ period: "minute" }, budget.minuteRemaining);
        this.set({ period: "day" }, budget.dayRemaining);
      },
    });
    new Gauge({
      name: "callboard_leader",
      help: "1 while this instance holds the feed's leader lock (polls for every instance)",
      registers,
      collect() {
        this.set(sources.isLeader() ? 1 : 0);
      },
    });
  }

  /** The same client, timing every request and counting its failures. */
  instrument(client: CallApiClient): CallApiClient {
    const timed = async <T>(method: string, run: () => Promise<T>): Promise<T> => {
      const end = this.upstreamSeconds.startTimer({ method });
      try {
        return await run();
      } catch (error) {
        this.upstreamErrors.inc({ mnemonic: toApiError(error, "en", { method }).mnemonic });
        throw error;
      } finally {
        end();
      }
    };
    return {
      call: (method, params, options) => timed(method, () => client.call(method, params, options)),
      data: (method, params) => timed(method, () => client.data(method, params)),
      close: () => client.close(),
    };
  }

  /** Counts every audit record by its result as it is written. */
  observeAudit(audit: AuditLog): void {
    const write = audit.write.bind(audit);
    audit.write = (record) => {
      write(record);
      this.actions.inc({ result: record.result });
    };
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
