import { z } from "zod";

const intFromEnv = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);

/** The environment variables of the limits, with their defaults (read by config.ts). */
export const limitsEnvShape = {
  CALLBOARD_LOGIN_MAX_FAILURES: intFromEnv(5, 1, 100),
  CALLBOARD_LOGIN_LOCK_SECONDS: intFromEnv(30, 1, 86_400),
  CALLBOARD_LOGIN_MAX_LOCK_SECONDS: intFromEnv(900, 1, 86_400),
  CALLBOARD_LOGIN_THROTTLE_ENTRIES: intFromEnv(10_000, 100, 10_000_000),
  CALLBOARD_SESSIONS_PER_USER: intFromEnv(10, 1, 1000),
  CALLBOARD_SSE_PER_USER: intFromEnv(5, 1, 1000),
  CALLBOARD_SSE_PER_ADDRESS: intFromEnv(20, 1, 100_000),
  CALLBOARD_IDEMPOTENCY_KEYS_PER_USER: intFromEnv(1000, 1, 1_000_000),
  CALLBOARD_HTTP_HEADERS_TIMEOUT_MS: intFromEnv(20_000, 1000, 600_000),
  CALLBOARD_HTTP_REQUEST_TIMEOUT_MS: intFromEnv(30_000, 1000, 600_000),
  CALLBOARD_HTTP_KEEP_ALIVE_TIMEOUT_MS: intFromEnv(5_000, 100, 600_000),
  CALLBOARD_HTTP_MAX_CONNECTIONS: intFromEnv(5_000, 10, 1_000_000),
};

type LimitsEnv = { [K in keyof typeof limitsEnvShape]: z.output<(typeof limitsEnvShape)[K]> };

export interface SecurityLimits {
  /** Failed logins one username gets from one address before a lock (× 4 per address, per username). */
  loginMaxFailures: number;
  /** The first lock; each further failure doubles it, up to loginMaxLockSeconds. */
  loginLockSeconds: number;
  loginMaxLockSeconds: number;
  /** Failure counters kept in memory at most. */
  loginThrottleEntries: number;
  /** Live sessions per user; a new login past it ends the oldest. */
  sessionsPerUser: number;
  /** Open event streams per user and per client address. */
  ssePerUser: number;
  ssePerAddress: number;
  /** Idempotency keys remembered per user. */
  idempotencyKeysPerUser: number;
  /** The HTTP server's timeouts and connection cap (slow or idle clients). */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

export function securityLimits(e: LimitsEnv): SecurityLimits {
  return {
    loginMaxFailures: e.CALLBOARD_LOGIN_MAX_FAILURES,
    loginLockSeconds: e.CALLBOARD_LOGIN_LOCK_SECONDS,
    loginMaxLockSeconds: e.CALLBOARD_LOGIN_MAX_LOCK_SECONDS,
    loginThrottleEntries: e.CALLBOARD_LOGIN_THROTTLE_ENTRIES,
    sessionsPerUser: e.CALLBOARD_SESSIONS_PER_USER,
    ssePerUser: e.CALLBOARD_SSE_PER_USER,
    ssePerAddress: e.CALLBOARD_SSE_PER_ADDRESS,
    idempotencyKeysPerUser: e.CALLBOARD_IDEMPOTENCY_KEYS_PER_USER,
    headersTimeoutMs: e.CALLBOARD_HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: e.CALLBOARD_HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: e.CALLBOARD_HTTP_KEEP_ALIVE_TIMEOUT_MS,
    maxConnections: e.CALLBOARD_HTTP_MAX_CONNECTIONS,
  };
}
