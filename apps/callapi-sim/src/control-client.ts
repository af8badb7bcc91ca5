import type { toControlView } from "./calls/call-view";
import type {
  AccountBody,
  CreateCallBody,
  FaultBody,
  LimitsBody,
  ResetBody,
  UserBody,
} from "./control/control-schemas";
import type { LoggedRequest } from "./control/request-log";
import type { LimitsSnapshot } from "./limits/budget";
import type {
  DeliverySettings,
  DeliveryUpdate,
  NotificationConfig,
} from "./notify/notification-schemas";
import type { NotificationView } from "./notify/notification-server";

/** A call session as the control API shows it (state machine state, legs with roles, history). */
export type ControlCall = ReturnType<typeof toControlView>;
export type ControlLeg = ControlCall["legs"][number];

/** A typed client of the simulator's control API (tests, e2e and benchmarks), on global fetch. */
export interface SimControl {
  reset(body?: ResetBody): Promise<void>;
  /** Moves the simulated clock; answers the new now (ISO). */
  advance(seconds: number): Promise<string>;
  now(): Promise<string>;
  createCall(body?: Partial<CreateCallBody>): Promise<ControlCall>;
  listCalls(): Promise<ControlCall[]>;
  /** One session, or undefined once it has gone. */
  getCall(callSessionId: number): Promise<ControlCall | undefined>;
  setLimits(body: LimitsBody): Promise<LimitsSnapshot>;
  getLimits(): Promise<LimitsSnapshot>;
  setLanguage(language: "en" | "ru"): Promise<void>;
  injectFault(body: FaultBody): Promise<void>;
  clearFaults(): Promise<void>;
  requests(method?: string): Promise<LoggedRequest[]>;
  clearRequests(): Promise<void>;
  setAccount(body: AccountBody): Promise<void>;
  setUser(body: UserBody): Promise<void>;
  setInbound(perMinute: number): Promise<void>;
  /** Replaces the configured notifications; answers them with counts (URL queries masked). */
  configureNotifications(list: NotificationConfig[]): Promise<NotificationView[]>;
  notifications(): Promise<NotificationView[]>;
  /** Changes the delivery settings; answers them with the posts still `pending`. */
  setNotificationDelivery(update: DeliveryUpdate): Promise<DeliverySettings & { pending: number }>;
  notificationDelivery(): Promise<DeliverySettings & { pending: number }>;
}

export function createSimControl(controlUrl: string): SimControl {
  const base = controlUrl.replace(/\/$/, "");
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`sim control ${method} ${path}: ${response.status} ${text}`);
    return JSON.parse(text) as T;
  }
  return {
    reset: async (body = {}) => {
      await call("POST", "/reset", body);
    },
    advance: async (seconds) =>
      (await call<{ now: string }>("POST", "/clock/advance", { seconds })).now,
    now: async () => (await call<{ now: string }>("GET", "/clock")).now,
    createCall: (body = {}) => call<ControlCall>("POST", "/calls", { state: "talk", ...body }),
    listCalls: () => call<ControlCall[]>("GET", "/calls"),
    getCall: async (id) =>
      (await call<ControlCall[]>("GET", "/calls")).find(
        (session) => session.call_session_id === id,
      ),
    setLimits: (body) => call<LimitsSnapshot>("POST", "/limits", body),
    getLimits: () => call<LimitsSnapshot>("GET", "/limits"),
    setLanguage: async (language) => {
      await call("POST", "/language", { language });
    },
    injectFault: async (body) => {
      await call("POST", "/faults", body);
    },
    clearFaults: async () => {
      await call("DELETE", "/faults");
    },
    requests: (method) =>
      call<LoggedRequest[]>(
        "GET",
        `/requests${method ? `?method=${encodeURIComponent(method)}` : ""}`,
      ),
    clearRequests: async () => {
      await call("DELETE", "/requests");
    },
    setAccount: async (body) => {
      await call("POST", "/account", body);
    },
    setUser: async (body) => {
      await call("POST", "/users", body);
    },
    setInbound: async (perMinute) => {
      await call("POST", "/inbound", { perMinute });
    },
    configureNotifications: (list) => call<NotificationView[]>("POST", "/notifications", list),
    notifications: () => call<NotificationView[]>("GET", "/notifications"),
    setNotificationDelivery: (update) =>
      call<DeliverySettings & { pending: number }>("POST", "/notifications/delivery", update),
    notificationDelivery: () =>
      call<DeliverySettings & { pending: number }>("GET", "/notifications/delivery"),
  };
}
