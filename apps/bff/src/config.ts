import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { limitsEnvShape, type SecurityLimits, securityLimits } from "./config-limits";

/** The live Call API; when CALLAPI_URL is this, the Data API URL is derived. */
export const LIVE_CALL_API_URL = "https://callapi.callgear.com/v4.0";
export const LIVE_DATA_API_URL = "https://dataapi.callgear.com/v2.0";
/** Where the live service serves call recordings. */
export const LIVE_RECORDINGS_URL = "https://app.callgear.com";

/**
 * The checkout this code runs from: the nearest folder above this module that holds the SPA's
 * workspace. Found by walking up, not by a fixed depth, because the same code also runs bundled
 * from apps/bff/dist/ (npm run serve) or a benchmark's folder. Falls back to the working folder.
 */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "apps/web/package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

const repoRoot = findRepoRoot();

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const intFromEnv = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** `tts:TEXT` or `media:ID`: what a caller on hold hears unless the operator picks something else. */
const holdMessageSchema = z
  .string()
  .regex(/^(tts:.+|media:\d+)$/s, "tts:TEXT or media:ID")
  .transform((text) => {
    const colon = text.indexOf(":");
    return { type: text.slice(0, colon) as "tts" | "media", value: text.slice(colon + 1) };
  });

/** `HH:MM-HH:MM`: the working day, as minutes since local midnight (the end may be 24:00). */
const workdaySchema = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "HH:MM-HH:MM")
  .transform((text) => {
    const [start = 0, end = 0] = text.split("-").map((part) => {
      const [h, m] = part.split(":").map(Number);
      return (h ?? 0) * 60 + (m ?? 0);
    });
    return { text, startMinute: start, endMinute: end };
  })
  .refine((day) => day.endMinute > day.startMinute, "the end must come after the start");

const timeZoneSchema = z
  .string()
  .trim()
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "an IANA time zone, e.g. Europe/Moscow");

/** `method=points,...`: what each Call API method costs, where it is not 1. */
const weightsSchema = z
  .string()
  .trim()
  .regex(/^([a-z_.]+=\d+(\.\d+)?)?(,\s*[a-z_.]+=\d+(\.\d+)?)*$/, "method=points,...")
  .transform((text) =>
    Object.fromEntries(
      text
        .split(",")
        .map((pair) => pair.trim())
        .filter(Boolean)
        .map((pair) => {
          const [method = "", points = "1"] = pair.split("=");
          return [method, Number(points)];
        }),
    ),
  );

const envSchema = z.object({
  CALLBOARD_HOST: z.string().min(1).default("127.0.0.1"),
  CALLBOARD_PORT: intFromEnv(8080, 0, 65535),
  CALLAPI_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  DATAAPI_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  CALLAPI_ACCESS_KEY: optionalText,
  CALLAPI_LOGIN: optionalText,
  CALLAPI_PASSWORD: optionalText,
  CALLBOARD_SESSION_SECRET: optionalText.pipe(
    z.string().min(32, "at least 32 characters").optional(),
  ),
  CALLBOARD_DATA_DIR: z.string().min(1).default("./data"),
  CALLBOARD_FRESH_DATA: z.enum(["0", "1", ""]).default("0"),
  CALLBOARD_POLL_INTERVAL_MS: intFromEnv(1000, 100, 600_000),
  CALLAPI_TIMEOUT_MS: intFromEnv(8000, 100, 120_000),
  CALLBOARD_WEBHOOK_SECRET: optionalText.pipe(
    z.string().min(16, "at least 16 characters").optional(),
  ),
  /** The address CallGear's notification server reaches Callboard at (for the kit's URL). */
  CALLBOARD_PUBLIC_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  CALLBOARD_WORKDAY: workdaySchema.prefault("09:00-21:00"),
  /**
   * The CallGear account's time zone: the working day, and the zone-less times of its
   * notifications and call report.
   */
  CALLBOARD_TIMEZONE: timeZoneSchema.default(Intl.DateTimeFormat().resolvedOptions().timeZone),
  CALLBOARD_ACTION_RESERVE: z.coerce.number().min(0).max(0.95).default(0.7),
  CALLBOARD_POINT_WEIGHTS: weightsSchema.prefault(""),
  CALLBOARD_DEFAULT_HOLD_MESSAGE: holdMessageSchema.prefault("tts:Please stay on the line."),
  CALLBOARD_COOKIE_SECURE: z.enum(["true", "false", "1", "0", ""]).optional(),
  CALLBOARD_WEB_DIST: optionalText,
  /** Express "trust proxy": hops of reverse proxies whose X-Forwarded-For to believe (0 = none). */
  CALLBOARD_TRUST_PROXY: intFromEnv(0, 0, 10),
  ...limitsEnvShape,
  /** Days a call stays in the call history. */
  CALLBOARD_HISTORY_RETENTION_DAYS: intFromEnv(90, 1, 3650),
  /** Minutes after a call's end in which its operator may add a note and a disposition. */
  CALLBOARD_WRAP_UP_MINUTES: intFromEnv(30, 1, 1440),
  /** Minutes between reconciliations of the history with the call report (0 = only at start). */
  CALLBOARD_RECONCILE_MINUTES: intFromEnv(15, 0, 1440),
  /** Where recordings are served: <this>/system/media/talk/<call_session_id>/<record>/. */
  CALLBOARD_RECORDINGS_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** Names this process in every log line and metric (default: host name and process id). */
  CALLBOARD_INSTANCE_ID: optionalText.pipe(
    z
      .string()
      .regex(/^[\w.-]{1,64}$/, "letters, digits, '.', '_' or '-' (64 at most)")
      .optional(),
  ),
  /** Redis for several instances: feed bus, leader lock, resume buffer, shared limits and caches. */
  REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  /** Prometheus metrics on their own listener (CALLBOARD_HOST) on this port; off when unset. */
  CALLBOARD_METRICS_PORT: optionalText.pipe(
    z.coerce.number<string | undefined>().int().min(1).max(65535).optional(),
  ),
  /** Or /metrics on the main port behind `Authorization: Bearer <token>`; off when unset. */
  CALLBOARD_METRICS_TOKEN: optionalText.pipe(
    z.string().min(16, "at least 16 characters").optional(),
  ),
  /** "1": seed the demo accounts also with CALLAPI_URL (a cluster in front of the simulator). */
  CALLBOARD_DEMO_USERS: z.enum(["0", "1", ""]).default("0"),
  /** On SIGTERM, how long in-flight actions may take before the process exits anyway. */
  CALLBOARD_DRAIN_TIMEOUT_MS: intFromEnv(10_000, 0, 600_000),
  /** The leader lock's time to live; the leader renews it on every poll. */
  CALLBOARD_LEADER_TTL_MS: intFromEnv(5_000, 500, 600_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type UpstreamCredentialsConfig =
  | { kind: "key"; accessKey: string }
  | { kind: "login"; login: string; password: string };

export interface Config {
  host: string;
  port: number;
  /** `simulator`: start the bundled simulator in-process; `live`: the URLs below. */
  upstream:
    | { mode: "simulator"; credentials: UpstreamCredentialsConfig }
    | {
        mode: "live";
        callApiUrl: string;
        dataApiUrl: string;
        credentials: UpstreamCredentialsConfig;
      };
  sessionSecret: string;
  dataDir: string;
  pollIntervalMs: number;
  upstreamTimeoutMs: number;
  /** The notification endpoint's shared secret; in demo mode generated and kept when unset. */
  webhookSecret: string | undefined;
  /** Where CallGear reaches Callboard (the kit's URL); the request's own address when unset. */
  publicUrl: string | undefined;
  /** How list.calls reconciliations are planned over the day (the feed's reconcile plan). */
  reconcile: {
    workday: { text: string; startMinute: number; endMinute: number };
    timeZone: string;
    /** Share of the day limit kept for operators' actions. */
    actionReserve: number;
    /** Points per Call API method where it is not 1. */
    weights: Record<string, number>;
  };
  defaultHoldMessage: { type: "tts" | "media"; value: string };
  cookieSecure: boolean;
  webDistDir: string;
  /** Reverse proxies in front (client addresses for the login throttle come from X-Forwarded-For). */
  trustProxy: number;
  logLevel: string;
  /** Brute-force, resource and abuse limits (docs/security.md lists each with its variable). */
  limits: SecurityLimits;
  history: {
    retentionDays: number;
    wrapUpMinutes: number;
    reconcileMinutes: number;
    /** Undefined in simulator mode: the simulator's own URL is used. */
    recordingsUrl: string | undefined;
  };
  instanceId: string;
  /** Set: the shared state of several instances lives in Redis; unset: in this process. */
  redisUrl: string | undefined;
  metrics: { port: number | undefined; token: string | undefined };
  drainTimeoutMs: number;
  leaderTtlMs: number;
  /** Seed the demo accounts even though the upstream is given by URL (the simulator, elsewhere). */
  demoUsers: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/**
 * Reads and validates the environment (the only reader of process.env in the BFF). Throws a
 * ConfigError listing every problem at once. Creates the data dir; in demo mode generates and
 * keeps a session secret there, since sessions must survive a restart.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push(`${issue.path.join(".") || "environment"}: ${issue.message}`);
    }
  }
  // Cross-field rules read the raw values, so they are listed even when a field failed above.
  const raw = (name: string) => env[name]?.trim() || undefined;
  const live = raw("CALLAPI_URL") !== undefined;
  const accessKey = raw("CALLAPI_ACCESS_KEY");
  const login = raw("CALLAPI_LOGIN");
  const password = raw("CALLAPI_PASSWORD");

  let credentials: UpstreamCredentialsConfig | undefined;
  if (accessKey) {
    if (login || password) {
      problems.push(
        "CALLAPI_ACCESS_KEY: set either an access key or a login and password, not both",
      );
    }
    credentials = { kind: "key", accessKey };
  } else if (login || password) {
    if (!login) problems.push("CALLAPI_LOGIN: required with CALLAPI_PASSWORD");
    if (!password) problems.push("CALLAPI_PASSWORD: required with CALLAPI_LOGIN");
    credentials = { kind: "login", login: login ?? "", password: password ?? "" };
  } else if (!live) {
    credentials = { kind: "login", login: "demo", password: "demo" };
  } else {
    problems.push(
      "CALLAPI_ACCESS_KEY or CALLAPI_LOGIN + CALLAPI_PASSWORD: required with CALLAPI_URL",
    );
  }

  let dataApiUrl = raw("DATAAPI_URL");
  if (live && !dataApiUrl) {
    if (stripSlash(raw("CALLAPI_URL") ?? "") === LIVE_CALL_API_URL) dataApiUrl = LIVE_DATA_API_URL;
    else problems.push("DATAAPI_URL: required when CALLAPI_URL is not the live service");
  }
  if (live && !raw("CALLBOARD_SESSION_SECRET")) {
    problems.push("CALLBOARD_SESSION_SECRET: required with the live service (32+ characters)");
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(problems);
  const e = parsed.data;

  const dataDir = resolve(e.CALLBOARD_DATA_DIR);
  if (e.CALLBOARD_FRESH_DATA === "1") rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);

  const secure = e.CALLBOARD_COOKIE_SECURE;
  return {
    host: e.CALLBOARD_HOST,
    port: e.CALLBOARD_PORT,
    upstream:
      live && credentials
        ? {
            mode: "live",
            callApiUrl: stripSlash(e.CALLAPI_URL ?? ""),
            dataApiUrl: stripSlash(e.DATAAPI_URL ?? dataApiUrl ?? ""),
            credentials,
          }
        : {
            mode: "simulator",
            credentials: credentials ?? { kind: "login", login: "demo", password: "demo" },
          },
    sessionSecret: e.CALLBOARD_SESSION_SECRET ?? persistedSecret(dataDir, "session-secret"),
    dataDir,
    pollIntervalMs: e.CALLBOARD_POLL_INTERVAL_MS,
    upstreamTimeoutMs: e.CALLAPI_TIMEOUT_MS,
    webhookSecret:
      e.CALLBOARD_WEBHOOK_SECRET ?? (live ? undefined : persistedSecret(dataDir, "webhook-secret")),
    publicUrl: e.CALLBOARD_PUBLIC_URL ? stripSlash(e.CALLBOARD_PUBLIC_URL) : undefined,
    reconcile: {
      workday: e.CALLBOARD_WORKDAY,
      timeZone: e.CALLBOARD_TIMEZONE,
      actionReserve: e.CALLBOARD_ACTION_RESERVE,
      weights: e.CALLBOARD_POINT_WEIGHTS,
    },
    defaultHoldMessage: e.CALLBOARD_DEFAULT_HOLD_MESSAGE,
    cookieSecure:
      secure === undefined || secure === "" ? live : secure === "true" || secure === "1",
    webDistDir: resolve(e.CALLBOARD_WEB_DIST ?? join(repoRoot, "apps/web/dist")),
    trustProxy: e.CALLBOARD_TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    limits: securityLimits(e),
    history: {
      retentionDays: e.CALLBOARD_HISTORY_RETENTION_DAYS,
      wrapUpMinutes: e.CALLBOARD_WRAP_UP_MINUTES,
      reconcileMinutes: e.CALLBOARD_RECONCILE_MINUTES,
      recordingsUrl:
        e.CALLBOARD_RECORDINGS_URL ??
        (live
          ? stripSlash(raw("CALLAPI_URL") ?? "") === LIVE_CALL_API_URL
            ? LIVE_RECORDINGS_URL
            : new URL(raw("CALLAPI_URL") ?? "http://127.0.0.1").origin
          : undefined),
    },
    instanceId: e.CALLBOARD_INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    redisUrl: e.REDIS_URL,
    metrics: { port: e.CALLBOARD_METRICS_PORT, token: e.CALLBOARD_METRICS_TOKEN },
    drainTimeoutMs: e.CALLBOARD_DRAIN_TIMEOUT_MS,
    leaderTtlMs: e.CALLBOARD_LEADER_TTL_MS,
    demoUsers: e.CALLBOARD_DEMO_USERS === "1",
  };
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/**
 * A secret generated once and kept beside the database, so demo sessions (and the notification
 * URL pasted into the simulator) survive restarts.
 */
function persistedSecret(dataDir: string, name: string): string {
  const file = join(dataDir, name);
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  }
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** What the CLI needs (the data dir), without the server's other requirements or a wipe. */
export function loadCliConfig(env: NodeJS.ProcessEnv = process.env): { dataDir: string } {
  const dataDir = resolve(env.CALLBOARD_DATA_DIR?.trim() || "./data");
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  return { dataDir };
}
