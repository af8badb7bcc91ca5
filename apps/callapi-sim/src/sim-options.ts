import type {
  DeliverySettings,
  DeliveryUpdate,
  NotificationConfig,
} from "./notify/notification-schemas";
import type { NotificationView } from "./notify/notification-server";

/** How a simulator instance is started (see README.md for what each option does). */
export interface SimOptions {
  host?: string;
  /** 0 = an ephemeral port. */
  port?: number;
  seed?: number;
  clock?: "real" | "manual";
  /** Enables the /control API (tests only). */
  control?: boolean;
  language?: "en" | "ru";
  /** Inbound calls generated per simulated minute; 0 = off. */
  inboundPerMinute?: number;
  /** Points charged per method; any method not listed costs 1. */
  weights?: Partial<Record<string, number>>;
  limits?: { minute?: number; day?: number };
  /** Writes one line per JSON-RPC request to stdout (tokens masked). */
  logRequests?: boolean;
  /**
   * Starts with live calls under the ids of the reference's example requests (default off;
   * `npm run sim` turns it on), so those examples work verbatim. A reset removes them.
   */
  exampleCalls?: boolean;
  /** The account's IANA time zone (notification_time, the call report); default Europe/Moscow. */
  timeZone?: string;
  /** The notifications configured from the start (the control API replaces them). */
  notifications?: NotificationConfig[];
  /** How notifications are delivered: delay range, reorder and duplicate rates. */
  notificationDelivery?: Partial<DeliverySettings>;
  /** Finished calls get.calls_report keeps (default 100,000). */
  reportCapacity?: number;
}

export interface RunningSimulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + "/v4.0" */
  callApiUrl: string;
  /** url + "/v2.0" */
  dataApiUrl: string;
  /** url + "/control" */
  controlUrl: string;
  /**
   * Replaces the configured notifications (as the account admin would in the client area);
   * throws a list of problems on an invalid one. Answers the list with its counts.
   */
  configureNotifications(list: NotificationConfig[]): NotificationView[];
  /** The configured notifications with how many posts were sent and failed for each. */
  notifications(): NotificationView[];
  /** Changes how notifications are delivered; answers the settings now. */
  setNotificationDelivery(update: DeliveryUpdate): DeliverySettings;
  close(): Promise<void>;
}
