import express from "express";
import type { Logger } from "pino";
import type { AppContext } from "./app-context";
import { AuditLog } from "./audit/audit-log";
import type { Config } from "./config";
import type { Db } from "./db/open-database";
import { DirectoryService } from "./directory/directory-service";
import type { DirectoryCache } from "./directory/ttl-cache";
import { CallFeed } from "./feed/call-feed";
import type { FeedBus } from "./feed/feed-bus";
import type { LeaderLock } from "./feed/leader-lock";
import { SseHub } from "./feed/sse-hub";
import { CallHistory } from "./history/call-history";
import { startHistoryJobs } from "./history/history-jobs";
import type { HistoryStore, MissedCallStore } from "./history/history-store";
import { ReportReconciler } from "./history/report-reconciler";
import { SqliteHistoryStore } from "./history/sqlite-history-store";
import { SqliteMissedCallStore } from "./history/sqlite-missed-store";
import { apiNotFound, errorHandler } from "./http/error-handler";
import { noStore, securityHeaders } from "./http/security-headers";
import { staticWeb } from "./http/static-web";
import { createIdempotencyStore } from "./idempotency/idempotency-store";
import type { LimitsTracker } from "./limits/tracker";
import { createLogger } from "./logging/logger";
import { requestLogger } from "./logging/request-logger";
import type { CallNoticeSource } from "./notifications/call-notice";
import { NoticeIngest } from "./notifications/notice-ingest";
import { InFlight } from "./ops/drain";
import { BffMetrics } from "./ops/metrics";
import { opsRoutes } from "./ops/ops-routes";
import { Readiness, type ReadinessCheck } from "./ops/readiness";
import { monitoringRoutes } from "./routes/admin/monitoring-routes";
import { userRoutes } from "./routes/admin/user-routes";
import { callActionRoutes } from "./routes/calls/call-action-routes";
import { callReadRoutes } from "./routes/calls/call-read-routes";
import { startCallRoutes } from "./routes/calls/start-call-routes";
import { directoryRoutes } from "./routes/directory/directory-routes";
import { historyRoutes } from "./routes/history/history-routes";
import { missedCallRoutes } from "./routes/history/missed-call-routes";
import { callgearHookRoutes, hookBodyParser } from "./routes/hooks/callgear-hook-routes";
import { sessionRoutes } from "./routes/session/session-routes";
import { createLoginThrottle, type LoginThrottle } from "./session/login-throttle";
import { createLocalSessionEvents, type SessionEvents } from "./session/session-events";
import { createSqliteSessionStore, type SessionStore } from "./session/session-store";
import type { CallApiClient } from "./upstream";
import { UserStore } from "./users/user-store";

export const BFF_VERSION = "0.1.0";

export interface AppDeps {
  config: Config;
  callApi: CallApiClient;
  db: Db;
  limits: LimitsTracker;
  /** `simulator` (the demo, the default when config says so) or `live`. */
  upstreamMode?: "simulator" | "live";
  clock?: () => number;
  logger?: Logger;
  /** Seams for running several instances (docs/architecture.md): in-process defaults. */
  sessions?: SessionStore;
  /** Session ends and account changes, published by the stores (a Redis channel across instances). */
  sessionEvents?: SessionEvents;
  bus?: FeedBus;
  lock?: LeaderLock;
  throttle?: LoginThrottle;
  /** SSE heartbeat period (15 s). */
  heartbeatMs?: number;
  /** Accepted notifications; an in-process source (fed by nobody) by default. */
  notices?: CallNoticeSource;
  /** With several instances: the live feed's notifications, this instance's and the others'. */
  shareNotices?: (local: CallNoticeSource) => CallNoticeSource;
  /** With several instances: which one runs a history job (see startHistoryJobs). */
  claimJob?: (job: "reconcile" | "prune", ms: number) => Promise<boolean>;
  /** Seams for PostgreSQL: the SQLite stores on `db` by default. */
  historyStore?: HistoryStore;
  missedStore?: MissedCallStore;
  /** Base URL of recordings (the simulator's own URL in the demo); config's by default. */
  recordingsUrl?: string;
  /** Reconcile with the call report and prune on timers (off in tests, which run them by hand). */
  historyJobs?: boolean;
  /** How long a GET /api/calls keeps the poller going without SSE clients (30 s). */
  feedIdleMs?: number;
  /** GET /readyz's checks besides the database (Redis, the upstream). */
  readinessChecks?: Record<string, ReadinessCheck>;
  /** Whether this instance holds the leader lock (the metrics' leader gauge). */
  isLeader?: () => boolean;
  /** Directory lists cache (shared in Redis with several instances; in memory by default). */
  directoryCache?: DirectoryCache;
}

export interface CreatedApp {
  app: express.Express;
  feed: CallFeed;
  context: AppContext;
  readiness: Readiness;
  /** Set when metrics are on (CALLBOARD_METRICS_PORT or CALLBOARD_METRICS_TOKEN). */
  metrics: BffMetrics | undefined;
  /** Actions in flight, awaited by a graceful shutdown. */
  inFlight: InFlight;
  /**
   * Ends SSE streams and the poller; the caller closes the db, the client and the server.
   * With `retryMs` (a drain) each stream first gets that reconnect hint.
   */
  close(retryMs?: number): void;
}

/** Builds the Express app from its collaborators; server.ts only reads config and listens. */
export function createApp(deps: AppDeps): CreatedApp {
  const now = deps.clock ?? Date.now;
  const logger = deps.logger ?? createLogger(deps.config.logLevel);
  const notices = new NoticeIngest(now);
  const { workday, timeZone, actionReserve, weights } = deps.config.reconcile;
  const metricsOn =
    deps.config.metrics.port !== undefined || deps.config.metrics.token !== undefined;
  const isLeader: () => boolean = deps.isLeader ?? (() => feed.isPolling());
  const sseClients = () => context.sse.size;
  const metrics: BffMetrics | undefined = metricsOn
    ? new BffMetrics({
        sseClients,
        lastPollAt: () => feed.state.fetchedAt,
        limits: deps.limits,
        isLeader,
        now,
      })
    : undefined;
  const callApi: CallApiClient = metrics ? metrics.instrument(deps.callApi) : deps.callApi;
  const feed: CallFeed = new CallFeed({
    callApi,
    limits: deps.limits,
    baseIntervalMs: deps.config.pollIntervalMs,
    plan: { workday, timeZone, actionReserve, pollCost: weights["list.calls"] ?? 1 },
    notices: deps.shareNotices ? deps.shareNotices(notices) : notices,
    bus: deps.bus,
    lock: deps.lock,
    now,
    logger,
    idleMs: deps.feedIdleMs,
  });
  const sessionEvents = deps.sessionEvents ?? createLocalSessionEvents();
  const limits = deps.config.limits;
  const bus = feed.bus;
  const history = new CallHistory({
    store:
      deps.historyStore ??
      new SqliteHistoryStore(deps.db, now, deps.config.history.wrapUpMinutes * 60_000),
    missed: deps.missedStore ?? new SqliteMissedCallStore(deps.db, now),
    bus,
    notices: deps.notices ?? notices,
    now,
    logger,
  });
  const reconciler = new ReportReconciler({
    history,
    callApi,
    limits: deps.limits,
    now,
    logger,
    timeZone: deps.config.reconcile.timeZone,
    recordingsUrl: deps.recordingsUrl ?? deps.config.history.recordingsUrl,
  });
  const jobs =
    deps.historyJobs === false
      ? undefined
      : startHistoryJobs({
          reconciler,
          store: history.store,
          logger,
          now,
          retentionDays: deps.config.history.retentionDays,
          reconcileMinutes: deps.config.history.reconcileMinutes,
          claim: deps.claimJob,
        });
  const context: AppContext = {
    config: deps.config,
    upstreamMode: deps.upstreamMode ?? deps.config.upstream.mode,
    callApi,
    db: deps.db,
    users: new UserStore(deps.db, now, sessionEvents),
    sessions:
      deps.sessions ??
      createSqliteSessionStore(deps.db, deps.config.sessionSecret, {
        now,
        events: sessionEvents,
        maxPerUser: limits.sessionsPerUser,
      }),
    throttle:
      deps.throttle ??
      createLoginThrottle({
        now,
        maxFailures: limits.loginMaxFailures,
        lockSeconds: limits.loginLockSeconds,
        maxLockSeconds: limits.loginMaxLockSeconds,
        maxEntries: limits.loginThrottleEntries,
      }),
    audit: new AuditLog(deps.db, now, (error, lost) =>
      logger.error({ err: error, lost }, "audit records could not be written"),
    ),
    idempotency: createIdempotencyStore({ now, maxPerUser: limits.idempotencyKeysPerUser }),
    feed,
    notices,
    sse: new SseHub(feed, deps.heartbeatMs, {
      sessionEvents,
      maxPerUser: limits.ssePerUser,
      maxPerAddress: limits.ssePerAddress,
    }),
    directory: new DirectoryService(callApi, { now, cache: deps.directoryCache }),
    limits: deps.limits,
    history,
    reconciler,
    now,
    logger,
  };

  if (metrics) metrics.observeAudit(context.audit);
  const readiness = new Readiness({
    database: async () => deps.db.prepare("SELECT 1").get(),
    ...deps.readinessChecks,
  });
  const inFlight = new InFlight();

  const app = express();
  app.disable("x-powered-by");
  // API answers are per session and never revalidated (Cache-Control: no-store below), so
  // hashing every JSON body for an ETag costs CPU on every response and buys nothing. Static
  // files keep theirs (express.static sets its own).
  app.set("etag", false);
  // Behind a reverse proxy the login throttle must see the client's address, not the proxy's.
  app.set("trust proxy", deps.config.trustProxy);
  app.use(
    opsRoutes({
      readiness,
      instanceId: deps.config.instanceId,
      metrics,
      metricsToken: deps.config.metrics.token,
    }),
  );
  app.use(requestLogger(logger, deps.config.webhookSecret ? [deps.config.webhookSecret] : []));
  app.use(securityHeaders({ hsts: deps.config.cookieSecure }));
  app.use(inFlight.middleware);

  const api = express.Router();
  api.use(hookBodyParser());
  api.use("/api", noStore, express.json({ limit: "32kb" }));
  api.use(sessionRoutes(context));
  api.use(callReadRoutes(context));
  api.use(startCallRoutes(context));
  api.use(callActionRoutes(context));
  api.use(directoryRoutes(context));
  api.use(userRoutes(context));
  api.use(monitoringRoutes(context, BFF_VERSION));
  api.use(callgearHookRoutes(context));
  api.use(historyRoutes(context));
  api.use(missedCallRoutes(context));
  api.use("/api", apiNotFound);
  app.use(api);
  app.use(staticWeb(deps.config.webDistDir));
  app.use(errorHandler(logger));

  return {
    app,
    feed,
    context,
    readiness,
    metrics,
    inFlight,
    close(retryMs) {
      jobs?.stop();
      history.close();
      context.sse.close(retryMs);
      feed.close();
      context.audit.flush();
    },
  };
}
