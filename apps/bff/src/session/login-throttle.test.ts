import { describe, expect, it } from "vitest";
import { createLoginThrottle } from "./login-throttle";

const office = "192.0.2.10";
const attacker = "198.51.100.66";

describe("login throttle", () => {
  it("locks a username at one address after 5 failures, with delays that grow", () => {
    let now = 0;
    const throttle = createLoginThrottle({ now: () => now, lockSeconds: 30, maxLockSeconds: 900 });
    for (let i = 0; i < 4; i++) {
      expect(throttle.retryAfterSeconds("Anna", attacker)).toBe(0);
      throttle.recordFailure("anna", attacker);
    }
    throttle.recordFailure("anna", attacker);
    expect(throttle.retryAfterSeconds("ANNA", attacker)).toBe(30);
    now += 30_000;
    expect(throttle.retryAfterSeconds("anna", attacker)).toBe(0);
    throttle.recordFailure("anna", attacker);
    expect(throttle.retryAfterSeconds("anna", attacker)).toBe(60);
    now += 60_000;
    throttle.recordFailure("anna", attacker);
    expect(throttle.retryAfterSeconds("anna", attacker)).toBe(120);
    for (let i = 0; i < 10; i++) throttle.recordFailure("anna", attacker);
    expect(throttle.retryAfterSeconds("anna", attacker)).toBe(900);
  });

  it("does not lock the real user out: 5 failures from one address leave other addresses alone", () => {
    const throttle = createLoginThrottle({ now: () => 0 });
    for (let i = 0; i < 5; i++) throttle.recordFailure("admin", attacker);
    expect(throttle.retryAfterSeconds("admin", attacker)).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds("admin", office)).toBe(0);
  });

  it("locks a username guessed from many addresses, except from its known addresses", () => {
    const throttle = createLoginThrottle({ now: () => 0 });
    throttle.recordSuccess("admin", office);
    for (let i = 0; i < 40; i++) throttle.recordFailure("admin", `203.0.113.${i}`);
    expect(throttle.retryAfterSeconds("admin", "203.0.113.200")).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds("admin", office)).toBe(0);
  });

  it("blocks an address spraying many usernames", () => {
    const throttle = createLoginThrottle({ now: () => 0 });
    for (let i = 0; i < 20; i++) throttle.recordFailure(`user-${i}`, "6.6.6.6");
    expect(throttle.retryAfterSeconds("someone-else", "6.6.6.6")).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds("someone-else", "7.7.7.7")).toBe(0);
  });

  it("keeps its locks under a spray of usernames past its capacity, and stays bounded", () => {
    const throttle = createLoginThrottle({ now: () => 0, maxEntries: 1_000 });
    for (let i = 0; i < 5; i++) throttle.recordFailure("admin", attacker);
    expect(throttle.retryAfterSeconds("admin", attacker)).toBeGreaterThan(0);
    // 30,000 distinct usernames from 30,000 addresses: one failure each, nothing locked.
    for (let i = 0; i < 30_000; i++) {
      throttle.recordFailure(`spray-${i}`, `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`);
    }
    expect(throttle.retryAfterSeconds("admin", attacker)).toBeGreaterThan(0);
  });

  it("forgets failures once the window passed without another", () => {
    let now = 0;
    const throttle = createLoginThrottle({ now: () => now, windowSeconds: 600 });
    for (let i = 0; i < 4; i++) throttle.recordFailure("anna", attacker);
    now += 601_000;
    throttle.recordFailure("anna", attacker);
    expect(throttle.retryAfterSeconds("anna", attacker)).toBe(0);
  });
});
