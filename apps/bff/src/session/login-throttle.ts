import { BoundedCounters } from "./bounded-counters";

/**
 * Slows password guessing without letting anyone lock a real user out.
 *
 * Failures are counted per (username, address), per address, and per username. Each counter
 * allows `maxFailures` (× `spreadFactor` for the address and the username) failures, then locks
 * with a progressive delay: `lockSeconds` for the first failure past the allowance, doubling
 * with each further one, at most `maxLockSeconds`. A counter is forgotten `windowSeconds` after
 * its last failure (once unlocked).
 *
 * The username-wide counter (guesses spread over many addresses) does not apply to the
 * account's known addresses, those it logged in from successfully: a guesser elsewhere cannot
 * lock the admin out of the office. Memory is bounded (`maxEntries` counters): the oldest
 * unlocked counters go first, and locked ones only when nothing else is left, so spraying
 * usernames cannot wipe a lock.
 *
 * An interface, so a store shared by several instances (Redis) can replace the in-process one.
 */
export interface LoginThrottle {
  /** Seconds to wait before another attempt, or 0 when one is allowed. */
  retryAfterSeconds(username: string, ip: string): number;
  recordFailure(username: string, ip: string): void;
  /** Clears the pair's counter and remembers `ip` as one of the account's known addresses. */
  recordSuccess(username: string, ip: string): void;
}

export interface LoginThrottleOptions {
  maxFailures?: number;
  /** How many times `maxFailures` one address (any usernames) or one username (any addresses) gets. */
  spreadFactor?: number;
  lockSeconds?: number;
  maxLockSeconds?: number;
  windowSeconds?: number;
  maxEntries?: number;
  /** Known addresses kept per account (the most recent). */
  knownAddressesPerUser?: number;
  now?: () => number;
}

export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const maxFailures = options.maxFailures ?? 5;
  const spread = options.spreadFactor ?? 4;
  const lockMs = (options.lockSeconds ?? 30) * 1000;
  const maxLockMs = (options.maxLockSeconds ?? 900) * 1000;
  const windowMs = (options.windowSeconds ?? 900) * 1000;
  const maxEntries = options.maxEntries ?? 10_000;
  const perUser = options.knownAddressesPerUser ?? 10;
  const now = options.now ?? Date.now;

  const counters = new BoundedCounters(maxEntries, windowMs, now);
  /** Account → its known addresses, most recent last; accounts least recently seen go first. */
  const known = new Map<string, string[]>();

  const delayMs = (failures: number, allowance: number): number =>
    failures < allowance ? 0 : Math.min(maxLockMs, lockMs * 2 ** (failures - allowance));
  const wait = (key: string): number => {
    const lockedUntil = counters.lockedUntil(key);
    return lockedUntil > now() ? Math.ceil((lockedUntil - now()) / 1000) : 0;
  };
  const account = (username: string) => username.trim().toLowerCase();
  const keys = (username: string, ip: string) => {
    const user = account(username);
    return { pair: `pair:${user}\u0000${ip}`, ip: `ip:${ip}`, user: `user:${user}` };
  };
  const isKnown = (username: string, ip: string) =>
    known.get(account(username))?.includes(ip) ?? false;

  return {
    retryAfterSeconds(username, ip) {
      const key = keys(username, ip);
      return Math.max(wait(key.pair), wait(key.ip), isKnown(username, ip) ? 0 : wait(key.user));
    },
    recordFailure(username, ip) {
      const key = keys(username, ip);
      counters.fail(key.pair, (n) => delayMs(n, maxFailures));
      counters.fail(key.ip, (n) => delayMs(n, maxFailures * spread));
      counters.fail(key.user, (n) => delayMs(n, maxFailures * spread));
    },
    recordSuccess(username, ip) {
      const key = keys(username, ip);
      counters.clear(key.pair);
      const user = account(username);
      const addresses = (known.get(user) ?? []).filter((address) => address !== ip);
      addresses.push(ip);
      known.delete(user);
      known.set(user, addresses.slice(-perUser));
      if (known.size > maxEntries) known.delete(known.keys().next().value as string);
    },
  };
}
