import type { Logger } from "pino";
import type { AuditLog } from "./audit/audit-log";
import type { Config } from "./config";
import type { Db } from "./db/open-database";
import type { DirectoryService } from "./directory/directory-service";
import type { CallFeed } from "./feed/call-feed";
import type { SseHub } from "./feed/sse-hub";
import type { CallHistory } from "./history/call-history";
import type { ReportReconciler } from "./history/report-reconciler";
import type { IdempotencyStore } from "./idempotency/idempotency-store";
import type { LimitsTracker } from "./limits/tracker";
import type { NoticeIngest } from "./notifications/notice-ingest";
import type { LoginThrottle } from "./session/login-throttle";
import type { SessionStore } from "./session/session-store";
import type { CallApiClient } from "./upstream";
import type { UserStore } from "./users/user-store";

/** Everything a route may use, built once by createApp. */
export interface AppContext {
  config: Config;
  /** `simulator` when the upstream is the bundled simulator (the demo). */
  upstreamMode: "simulator" | "live";
  callApi: CallApiClient;
  db: Db;
  users: UserStore;
  sessions: SessionStore;
  throttle: LoginThrottle;
  audit: AuditLog;
  idempotency: IdempotencyStore;
  feed: CallFeed;
  /**
   * CallGear's notifications after parsing and de-duplication: the hook feeds it, the live feed
   * and the call history subscribe (a CallNoticeSource).
   */
  notices: NoticeIngest;
  sse: SseHub;
  directory: DirectoryService;
  limits: LimitsTracker;
  /** The call history and the missed-call queue. */
  history: CallHistory;
  reconciler: ReportReconciler;
  now: () => number;
  logger: Logger;
}
