import type { UpstreamCredentials } from "./client-types";
import { UpstreamError } from "./upstream-error";

/** What `login.user` answers: a session key and its end as Unix seconds. */
export interface UpstreamSession {
  access_token: string;
  expire_at: number;
}

export interface TokenManager {
  /** The token to send now; logs in first when there is none or it ends within 5 minutes. */
  token(): Promise<string>;
  /** Forget `token` after CallGear refused it, so the next `token()` logs in again. */
  invalidate(token: string): void;
  /** Whether a refused token can be replaced by logging in again (not for a permanent key). */
  readonly renewable: boolean;
  /** Every secret to keep out of errors and logs: password, key, tokens handed out. */
  secrets(): string[];
  clear(): void;
}

// Renew this long before `expire_at`, so that a slow request never carries a dying token.
const renewBeforeMs = 5 * 60_000;
// A session lives 1 hour (reference, login.user).
const documentedLifetimeMs = 60 * 60_000;
// After CallGear says the login or password is wrong, answer that at once for a while rather
// than sending the same wrong password with every poll.
const authFailureHoldMs = 10_000;

export function createTokenManager(options: {
  credentials: UpstreamCredentials;
  now: () => number;
  login: (login: string, password: string) => Promise<UpstreamSession>;
}): TokenManager {
  const { credentials, now } = options;
  if (credentials.kind === "key") {
    return {
      token: async () => credentials.accessKey,
      invalidate: () => {},
      renewable: false,
      secrets: () => [credentials.accessKey],
      clear: () => {},
    };
  }

  const account = credentials; // narrowed to a login, for the closures below
  let current: { token: string; expireAtMs: number } | null = null;
  let inFlight: Promise<string> | null = null;
  let lastAuthFailure: { error: UpstreamError; at: number } | null = null;
  // Tokens handed out recently, so an error that echoes an old one is still redacted.
  const issued: string[] = [];

  async function logIn(): Promise<string> {
    const requestedAt = now();
    try {
      const session = await options.login(account.login, account.password);
      current = { token: session.access_token, expireAtMs: localExpiry(session, requestedAt) };
      issued.push(session.access_token);
      if (issued.length > 4) issued.shift();
      lastAuthFailure = null;
      return session.access_token;
    } catch (error) {
      if (error instanceof UpstreamError && error.code === -32001) {
        lastAuthFailure = { error, at: now() };
      }
      // A renewal that failed while the old token still works: keep using it until it ends.
      if (current && current.expireAtMs > now()) return current.token;
      throw error;
    }
  }

  return {
    renewable: true,
    async token() {
      const at = now();
      if (current && current.expireAtMs - at > renewBeforeMs) return current.token;
      if (inFlight) return inFlight;
      if (lastAuthFailure && at - lastAuthFailure.at < authFailureHoldMs) {
        if (current && current.expireAtMs > at) return current.token;
        throw lastAuthFailure.error;
      }
      inFlight = logIn().finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    invalidate(token) {
      if (current?.token === token) current = null;
    },
    secrets: () => [account.password, ...issued],
    clear() {
      current = null;
    },
  };
}

/**
 * `expire_at` is CallGear's clock; ours may disagree (or a simulator keeps its own time). Trust
 * it when it gives a sane lifetime from the moment we asked; otherwise fall back to the
 * documented hour, so that a skewed clock neither logs in before every call nor never renews.
 */
function localExpiry(session: UpstreamSession, requestedAt: number): number {
  const reported = session.expire_at * 1000;
  const lifetime = reported - requestedAt;
  const sane = lifetime > renewBeforeMs && lifetime <= 2 * documentedLifetimeMs;
  return sane ? reported : requestedAt + documentedLifetimeMs;
}
