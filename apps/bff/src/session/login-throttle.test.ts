import { describe, expect, it } from "vitest";
import { createLoginThrottle } from "./login-throttle";

describe("login throttle", () => {
  it("blocks a username after 5 failures until the window passes", () => {
    let now = 0;
    const throttle = createLoginThrottle({ now: () => now, windowMs: 60_000 });
    for (let i = 0; i < 5; i++) {
      expect(throttle.retryAfterSeconds("Anna", "1.1.1.1")).toBe(0);
      throttle.recordFailure("anna", `10.0.0.${i}`);
    }
    expect(throttle.retryAfterSeconds("ANNA", "2.2.2.2")).toBe(60);
    now = 30_000;
    expect(throttle.retryAfterSeconds("anna", "2.2.2.2")).toBe(30);
    now = 60_001;
    expect(throttle.retryAfterSeconds("anna", "2.2.2.2")).toBe(0);
  });

  it("blocks an address spraying many usernames", () => {
    const throttle = createLoginThrottle({ now: () => 0 });
    for (let i = 0; i < 20; i++) throttle.recordFailure(`user-${i}`, "6.6.6.6");
    expect(throttle.retryAfterSeconds("someone-else", "6.6.6.6")).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds("someone-else", "7.7.7.7")).toBe(0);
  });
});
