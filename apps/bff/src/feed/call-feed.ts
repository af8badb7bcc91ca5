import type { ApiError, CallList, FeedStatus, Language } from "@callboard/contract";
import { toApiError } from "../errors";
import type { LimitsTracker } from "../limits/tracker";
import type { CallApiClient } from "../upstream";
import {
  createInProcessFeedBus,
  type FeedBus,
  type FeedMessage,
  serialiseFeedEvent,
} from "./feed-bus";
import { FeedState } from "./feed-state";
import { createInProcessLeaderLock, type LeaderLock } from "./leader-lock";
import { normaliseSession } from "./normalise-session";
import { computePollInterval } from "./poll-interval";
import { StartTimeEstimator } from "./start-time";

export interface CallFeedOptions {
  callApi: CallApiClient;
  limits: LimitsTracker;
  baseIntervalMs: number;
  bus?: FeedBus;
  lock?: LeaderLock;
  now?: () => number;
  /** How long a GET /api/calls keeps the poller running without any SSE client. */
  idleMs?: number;
  logger?: { warn(obj: object, msg?: string): void };
}

/** Refreshes asked for by webhooks and actions are at least this far apart (a webhook storm). */
const MIN_GAP_MS = 200;
/** A status event goes out on any change, and at least this often while polling (budget). */
const STATUS_EVERY_MS = 5_000;

/**
 * The live call feed: one list.calls poller that runs only while someone watches (an SSE client,
 * or a GET /api/calls in the last `idleMs`), however many browsers do; its changes go out on the
 * bus as versioned deltas.
 */
export class CallFeed {
  readonly state: FeedState;
  readonly bus: FeedBus;
  /** Completed polls, for tests and the limits page. */
  pollCount = 0;
  intervalMs: number;

  private readonly now: () => number;
  private readonly lock: LeaderLock;
  private readonly startTimes: StartTimeEstimator;
  private readonly unsubscribe: () => void;
  private watchers = 0;
  private lastTouch = Number.NEGATIVE_INFINITY;
  private lastPollStart = Number.NEGATIVE_INFINITY;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private pending: Promise<void> | undefined;
  private upstreamOk = true;
  private lastError: ApiError | undefined;
  /** What the last poll threw, answered by a GET /api/calls that has no list to show yet. */
  private lastFailure: unknown;
  private lastStatusAt = Number.NEGATIVE_INFINITY;
  private retryAfterMs = 0;
  private closed = false;

  constructor(private readonly options: CallFeedOptions) {
    this.now = options.now ?? Date.now;
    this.bus = options.bus ?? createInProcessFeedBus();
    this.lock = options.lock ?? createInProcessLeaderLock();
    this.state = new FeedState(this.now);
    this.startTimes = new StartTimeEstimator(this.now);
    this.intervalMs = options.baseIntervalMs;
    this.unsubscribe = this.bus.subscribe((message) => this.state.apply(message));
  }

  /** An SSE client starts watching; call the returned function when it leaves. */
  watch(): () => void {
    this.watchers++;
    this.start();
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
    this.lastTouch = this.now();
    if (this.state.fetchedAt === null) {
      await this.refreshNow();
      if (this.state.fetchedAt === null && this.lastFailure !== undefined) throw this.lastFailure;
    } else this.start();
    return {
      version: this.state.version,
      calls: this.state.calls(),
      fetchedAt: this.state.fetchedAt,
    };
  }

  /** Poll now (after an action, or on a webhook); resolves when a poll that began after this call ends. */
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

  /** The feed's health; its error (if any) in `language`. */
  status(language: Language = "en"): FeedStatus {
    const error =
      this.lastFailure === undefined
        ? undefined
        : language === "en"
          ? this.lastError
          : toApiError(this.lastFailure, language, { method: "list.calls" });
    return {
      type: "status",
      upstream: this.upstreamOk ? "ok" : "degraded",
      lastPollAt: this.state.fetchedAt,
      pollIntervalMs: this.intervalMs,
      ...(error ? { error } : {}),
      budget: this.options.limits.budget(),
    };
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.unsubscribe();
    void this.lock.release();
  }

  private active(): boolean {
    return this.watchers > 0 || this.now() - this.lastTouch < (this.options.idleMs ?? 30_000);
  }

  private start(): void {
    if (!this.closed && !this.timer && !this.inFlight && !this.pending) void this.poll();
  }

  private schedule(): void {
    if (this.closed || this.pending) return;
    if (!this.active()) {
      // Nobody here watches: another instance whose clients do may take the polling over.
      void this.lock.release();
      return;
    }
    // After a success the interval runs from the poll's start, not its end: the poll's own time
    // (the upstream's answer, then the fan-out to every SSE client, ~150 ms at 5,000) must not
    // stretch it, or list.calls per minute would fall as more browsers watch. After a failure
    // the whole interval (or Retry-After) is waited from now, to spare a struggling upstream.
    const delay = this.upstreamOk
      ? Math.max(this.intervalMs - (this.now() - this.lastPollStart), MIN_GAP_MS)
      : Math.max(this.intervalMs, this.retryAfterMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.active()) void this.poll();
      else void this.lock.release();
    }, delay);
    this.timer.unref();
  }

  private poll(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.lastPollStart = this.now();
    const run = this.pollOnce().finally(() => {
      this.inFlight = undefined;
      this.schedule();
    });
    this.inFlight = run;
    return run;
  }

  private async pollOnce(): Promise<void> {
    if (!(await this.lock.acquire())) return;
    this.retryAfterMs = 0;
    const wasOk = this.upstreamOk;
    const previousInterval = this.intervalMs;
    try {
      const upstream = await this.options.callApi.call("list.calls", {});
      const at = new Date(this.now()).toISOString();
      const firstPoll = this.pollCount === 0;
      const calls = upstream.map((session) =>
        normaliseSession(
          session,
          this.startTimes,
          !firstPoll && !this.state.has(session.call_session_id),
        ),
      );
      this.startTimes.retain(new Set(calls.map((call) => call.id)));
      const delta = this.state.diff(calls, at);
      if (delta) this.bus.publish(serialiseFeedEvent(delta, delta.version));
      this.state.markFetched(at);
      this.upstreamOk = true;
      this.lastError = undefined;
      this.lastFailure = undefined;
    } catch (error) {
      const apiError = toApiError(error, "en", { method: "list.calls" });
      this.upstreamOk = false;
      this.lastError = apiError;
      this.lastFailure = error;
      if (apiError.retryAfterSeconds) this.retryAfterMs = apiError.retryAfterSeconds * 1000;
      this.options.logger?.warn(
        { mnemonic: apiError.mnemonic, status: apiError.status },
        "list.calls poll failed",
      );
    } finally {
      this.pollCount++;
    }
    this.intervalMs = computePollInterval(this.options.limits.budget(), this.now(), {
      baseMs: this.options.baseIntervalMs,
    });
    const changed = wasOk !== this.upstreamOk || previousInterval !== this.intervalMs;
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
