/**
 * Slows password guessing: after `maxFailures` failed logins for one username, or for one client
 * address, within `windowMs`, further attempts are refused until the window passes. In memory,
 * since a restart costing an attacker nothing but a reset is acceptable for a console.
 */
export interface LoginThrottle {
  /** Seconds to wait before another attempt, or 0 when one is allowed. */
  retryAfterSeconds(username: string, ip: string): number;
  recordFailure(username: string, ip: string): void;
  recordSuccess(username: string, ip: string): void;
}

export function createLoginThrottle(
  options: { maxFailures?: number; windowMs?: number; now?: () => number } = {},
): LoginThrottle {
  const maxFailures = options.maxFailures ?? 5;
  const windowMs = options.windowMs ?? 15 * 60 * 1000;
  const now = options.now ?? Date.now;
  // An address may try more usernames than one username gets tries (a shared office NAT).
  const ipFactor = 4;
  const failures = new Map<string, number[]>();

  const recent = (key: string): number[] => {
    const cutoff = now() - windowMs;
    const kept = (failures.get(key) ?? []).filter((at) => at > cutoff);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  const wait = (key: string, limit: number): number => {
    const list = recent(key);
    if (list.length < limit) return 0;
    const oldest = list[list.length - limit] ?? now();
    return Math.max(1, Math.ceil((oldest + windowMs - now()) / 1000));
  };
  const userKey = (username: string) => `user:${username.toLowerCase()}`;
  const ipKey = (ip: string) => `ip:${ip}`;

  return {
    retryAfterSeconds(username, ip) {
      return Math.max(
        wait(userKey(username), maxFailures),
        wait(ipKey(ip), maxFailures * ipFactor),
      );
    },
    recordFailure(username, ip) {
      for (const key of [userKey(username), ipKey(ip)]) {
        failures.set(key, [...recent(key), now()]);
      }
      if (failures.size > 10_000) failures.clear(); // bounded memory under a spray of usernames
    },
    recordSuccess(username) {
      failures.delete(userKey(username));
    },
  };
}
