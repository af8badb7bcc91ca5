import type { ApiError, CallList, CallSession, FeedStatus, Language } from "@callboard/contract";
import { toApiError } from "../errors";
import type { LimitsTracker } from "../limits/tracker";
import type { CallNotice, CallNoticeSource } from "../notifications/call-notice";
import type { CallApiClient } from "../upstream";
import { applyActionEffect, type SilentAction } from "./action-effects";
import {
  createInProcessFeedBus,
  type FeedBus,
  type FeedMessage,
  serialiseFeedEvent,
} from "./feed-bus";
import { FeedState } from "./feed-state";
import { createInProcessLeaderLock, type LeaderLock } from "./leader-lock";
import { normaliseSession } from "./normalise-session";
import { NoticeApplier } from "./notice-applier";
import { mergeReconciliation } from "./reconcile-merge";
import {
  planReconciliation,
  type ReconcilePlanNow,
  type ReconcilePlanOptions,
} from "./reconcile-plan";
import { StartTimeEstimator } from "./start-time";

export interface CallFeedOptions {
  callApi: CallApiClient;
  limits: LimitsTracker;
  baseIntervalMs: number;
  /** How reconciliations are spread over the day; without it, polling at the base interval. */
  plan?: Omit<ReconcilePlanOptions, "baseMs">;
  /** CallGear's notifications, applied to the list as they come. */
  notices?: CallNoticeSource;
  bus?: FeedBus;
  lock?: LeaderLock;
  now?: () => number;
  /** How long a GET /api/calls keeps the poller running without any SSE client. */
  idleMs?: number;
  logger?: { warn(obj: object, msg?: string): void };
}

/** Why a reconciliation is asked for (logged, and tested). */
export type ReconcileReason = "action" | "unplaced_event" | "viewer" | "webhook";

/** Refreshes asked for by tests and the first GET are at least this far apart. */
const MIN_GAP_MS = 200;
/** A status event goes out on any change, and at least this often while polling. */
const STATUS_EVERY_MS = 5_000;

/**
 * The live call feed. CallGear's notifications change the list as they arrive; list.calls
 * reconciles it at the gap the day's budget allows (reconcile-plan.ts), and sooner only when
 * asked (an action, an event the feed cannot place, a viewer at an idle feed), never sooner than
 * that gap: a burst of such requests becomes one trailing reconciliation. It polls only while
 * someone watches (an SSE client, or a GET /api/calls in the last `idleMs`); its changes go out
 * on the bus as versioned deltas.
 */
export class CallFeed {
  readonly state: FeedState;
  readonly bus: FeedBus;
  /** Completed polls, for tests and the limits page. */
  pollCount = 0;
  intervalMs: number;
  /** Whether the last reconciliation found the list as the events left it (null before one). */
  agreed: boolean | null = null;

  private readonly now: () => number;
  private readonly lock: LeaderLock;
  private readonly startTimes: StartTimeEstimator;
  private readonly applier: NoticeApplier;
  private readonly unsubscribe: () => void;
  private readonly unsubscribeNotices: () => void;
  private watchers = 0;
  private lastTouch = Number.NEGATIVE_INFINITY;
  private lastPollStart = Number.NEGATIVE_INFINITY;
  private lastEventAt: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private timerDue = Number.POSITIVE_INFINITY;
  private inFlight: Promise<void> | undefined;
  private pending: Promise<void> | undefined;
  private upstreamOk = true;
  private lastError: ApiError | undefined;
  /** What the last poll threw, answered by a GET /api/calls that has no list to show yet. */
  private lastFailure: unknown;
  private lastStatusAt = Number.NEGATIVE_INFINITY;
  private retryAfterUntil = 0;
  private currentPlan: ReconcilePlanNow;
  private closed = false;

  constructor(private readonly options: CallFeedOptions) {
    this.now = options.now ?? Date.now;
    this.bus = options.bus ?? createInProcessFeedBus();
    this.lock = options.lock ?? createInProcessLeaderLock();
    this.state = new FeedState(this.now);
    this.startTimes = new StartTimeEstimator(this.now);
    this.applier = new NoticeApplier((id) => this.startTimes.estimate(id, null, true));
    this.intervalMs = options.baseIntervalMs;
    this.currentPlan = this.planNow();
    this.unsubscribe = this.bus.subscribe((message) => this.state.apply(message));
    this.unsubscribeNotices = options.notices?.subscribe((n) => this.applyNotice(n)) ?? (() => {});
  }

  /** An SSE client starts watching; call the returned function when it leaves. */
  watch(): () => void {
    const wasIdle = !this.active();
    this.watchers++;
    if (wasIdle || !this.isPolling()) this.requestReconcile("viewer");
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.watchers--;
    };
  }

  /** True while a poll runs or is scheduled. */
  isPolling(): boolean {
    return this.timer !== undefined || this.inFlight !== undefined || this.pending !== undefined;
  }

  watcherCount(): number {
    return this.watchers;
  }

  /** The current list for GET /api/calls; the first call waits for a poll. */
  async list(): Promise<CallList> {
    const wasIdle = !this.active();
    this.lastTouch = this.now();
    if (this.state.fetchedAt === null) {
      await this.refreshNow();
      if (this.state.fetchedAt === null && this.lastFailure !== undefined) throw this.lastFailure;
    } else if (wasIdle || !this.isPolling()) this.requestReconcile("viewer");
    return {
      version: this.state.version,
      calls: this.state.calls(),
      fetchedAt: this.state.fetchedAt,
    };
  }

  /**
   * A reconciliation at the earliest moment the plan allows: now if the planned gap since the
   * last one has passed, else when it has. Requests before then become that one reconciliation.
   */
  requestReconcile(reason: ReconcileReason): void {
    if (this.closed || !this.active()) return;
    // An action the Call API just took, with minute points left, ends a limit's wait early.
    if (reason === "action" && this.retryAfterUntil > this.now()) {
      const minuteLeft = this.options.limits.minuteRemainingRatio();
      if (minuteLeft !== null && minuteLeft > 0) this.retryAfterUntil = 0;
    }
    // One running or about to run: the one after it is scheduled when it ends.
    if (this.inFlight || this.pending) return;
    // Any reply (an action's too) may have brought newer limits than the last poll saw.
    this.currentPlan = this.planNow();
    this.intervalMs = this.currentPlan.intervalMs;
    this.scheduleAt(this.earliestAllowed());
  }

  /**
   * A successful action's effect that no notification reports (hold, unhold, return to the
   * caller), shown at once and unconfirmed until a reconciliation agrees. The leader applies it;
   * elsewhere its reconciliation brings it.
   */
  applyAction(id: number, action: SilentAction): void {
    if (this.closed || !this.lock.held()) return;
    const current = this.state.get(id);
    const next = current && applyActionEffect(action, current);
    if (!next) return;
    const now = this.now();
    this.applier.touch(id, now);
    this.publishChange([next], [], new Date(now).toISOString());
  }

  /** Poll now, past the plan (the first GET, tests); resolves when a poll begun after this call ends. */
  refreshNow(): Promise<void> {
    if (this.closed || !this.active()) return Promise.resolve();
    if (this.inFlight) {
      this.pending ??= this.inFlight.then(() => {
        this.pending = undefined;
        return this.poll();
      });
      return this.pending;
    }
    const wait = this.lastPollStart + MIN_GAP_MS - this.now();
    if (wait > 0) {
      this.pending ??= new Promise<void>((resolve) => setTimeout(resolve, wait).unref()).then(
        () => {
          this.pending = undefined;
          return this.inFlight ?? this.poll();
        },
      );
      return this.pending;
    }
    return this.poll();
  }

  /** The plan as of now, for the limits page. */
  plan(): ReconcilePlanNow {
    return this.currentPlan;
  }

  /** The feed's health; its error (if any) in `language`. */
  status(language: Language = "en"): FeedStatus {
    const error =
      this.lastFailure === undefined
        ? undefined
        : language === "en"
          ? this.lastError
          : toApiError(this.lastFailure, language, { method: "list.calls" });
    const retryUntil = this.retryAfterUntil > this.now() ? this.retryAfterUntil : 0;
    const slowdown =
      error?.mnemonic === "limit_exceeded" && retryUntil
        ? { reason: "limit_exceeded" as const, until: new Date(retryUntil).toISOString() }
        : this.currentPlan.slowdown;
    return {
      type: "status",
      upstream: this.upstreamOk ? "ok" : "degraded",
      lastPollAt: this.state.fetchedAt,
      pollIntervalMs: this.intervalMs,
      ...(error ? { error } : {}),
      budget: this.options.limits.budget(),
      source: this.lastEventAt !== null && this.agreed !== false ? "events" : "polling",
      lastEventAt: this.lastEventAt === null ? null : new Date(this.lastEventAt).toISOString(),
      ...(slowdown ? { slowdown } : {}),
    };
  }

  close(): void {
    this.closed = true;
    this.clearTimer();
    this.unsubscribe();
    this.unsubscribeNotices();
    void this.lock.release();
  }

  private applyNotice(notice: CallNotice): void {
    // Another instance leads: it applies the notice and its delta reaches this one by the bus.
    if (!this.lock.held()) return;
    const now = this.now();
    const sourceBefore = this.status().source;
    this.lastEventAt = notice.receivedAt;
    const change = this.applier.apply(notice, this.state.get(notice.callSessionId), now);
    const at = new Date(now).toISOString();
    if (change.kind === "upsert") {
      this.publishChange([change.session], [], at);
      if (change.unplaced) this.requestReconcile("unplaced_event");
    } else if (change.kind === "remove") {
      this.startTimes.retain(
        new Set(
          this.state
            .calls()
            .map((c) => c.id)
            .filter((id) => id !== change.id),
        ),
      );
      this.publishChange([], [change.id], at);
    }
    if (this.status().source !== sourceBefore) this.publishStatus();
  }

  private publishChange(upserted: CallSession[], removed: number[], at: string): void {
    const delta = this.state.change(upserted, removed, at);
    if (delta) this.bus.publish(serialiseFeedEvent(delta, delta.version));
  }

  private active(): boolean {
    return this.watchers > 0 || this.now() - this.lastTouch < (this.options.idleMs ?? 30_000);
  }

  private planNow(): ReconcilePlanNow {
    const baseMs = this.options.baseIntervalMs;
    if (!this.options.plan) {
      return { intervalMs: baseMs, pollingPointsLeft: Infinity, inWorkday: true, horizonEndsAt: 0 };
    }
    return planReconciliation(this.options.limits.budget(), this.now(), {
      baseMs,
      ...this.options.plan,
    });
  }

  /** The earliest a reconciliation may start: the planned gap after the last, past any Retry-After. */
  private earliestAllowed(): number {
    const gap = Math.max(this.intervalMs, MIN_GAP_MS);
    return Math.max(this.now(), this.lastPollStart + gap, this.retryAfterUntil);
  }

  private scheduleAt(due: number): void {
    if (this.closed) return;
    if (!this.active()) {
      // Nobody here watches: another instance whose clients do may take the polling over.
      void this.lock.release();
      return;
    }
    if (this.timer && this.timerDue <= due) return;
    this.clearTimer();
    this.timerDue = due;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerDue = Number.POSITIVE_INFINITY;
        if (this.active()) void this.poll();
        else void this.lock.release();
      },
      Math.max(0, due - this.now()),
    );
    this.timer.unref();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerDue = Number.POSITIVE_INFINITY;
  }

  private poll(): Promise<void> {
    this.clearTimer();
    this.lastPollStart = this.now();
    const run = this.pollOnce().finally(() => {
      this.inFlight = undefined;
      // The planned gap counts from this poll's start, so a slow fan-out does not stretch it.
      // After a failure the whole gap (or Retry-After) is waited from now, to spare the upstream.
      if (this.pending) return;
      this.scheduleAt(
        this.upstreamOk
          ? this.earliestAllowed()
          : Math.max(this.now() + this.intervalMs, this.retryAfterUntil),
      );
    });
    this.inFlight = run;
    return run;
  }

  private async pollOnce(): Promise<void> {
    if (!(await this.lock.acquire())) return;
    const startedAt = this.lastPollStart;
    const wasOk = this.upstreamOk;
    const previousInterval = this.intervalMs;
    const sourceBefore = this.status().source;
    try {
      const upstream = await this.options.callApi.call("list.calls", {});
      const now = this.now();
      const at = new Date(now).toISOString();
      const firstPoll = this.pollCount === 0;
      const polled = upstream.map((session) =>
        normaliseSession(
          session,
          this.startTimes,
          !firstPoll && !this.state.has(session.call_session_id),
        ),
      );
      const merged = mergeReconciliation(
        polled,
        (id) => this.state.get(id),
        this.state.ids(),
        this.applier,
        startedAt,
        now,
      );
      if (!firstPoll) this.agreed = merged.agreed;
      this.startTimes.retain(new Set(merged.calls.map((call) => call.id)));
      const delta = this.state.diff(merged.calls, at);
      if (delta) this.bus.publish(serialiseFeedEvent(delta, delta.version));
      this.state.markFetched(at);
      this.upstreamOk = true;
      this.retryAfterUntil = 0;
      this.lastError = undefined;
      this.lastFailure = undefined;
    } catch (error) {
      const apiError = toApiError(error, "en", { method: "list.calls" });
      this.upstreamOk = false;
      this.lastError = apiError;
      this.lastFailure = error;
      this.retryAfterUntil = apiError.retryAfterSeconds
        ? this.now() + apiError.retryAfterSeconds * 1000
        : 0;
      this.options.logger?.warn(
        { mnemonic: apiError.mnemonic, status: apiError.status },
        "list.calls poll failed",
      );
    } finally {
      this.pollCount++;
    }
    this.currentPlan = this.planNow();
    this.intervalMs = this.currentPlan.intervalMs;
    const changed =
      wasOk !== this.upstreamOk ||
      previousInterval !== this.intervalMs ||
      sourceBefore !== this.status().source;
    if (changed || this.now() - this.lastStatusAt >= STATUS_EVERY_MS) this.publishStatus();
  }

  private publishStatus(): void {
    this.lastStatusAt = this.now();
    const message: FeedMessage = serialiseFeedEvent(this.status("en"));
    // The error inside is a message for people: each language is serialised once.
    if (this.lastFailure !== undefined) {
      message.localized = { ru: serialiseFeedEvent(this.status("ru")).frame };
    }
    this.bus.publish(message);
  }
}
