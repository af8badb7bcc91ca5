import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../harness";

// A harness per test: the per-address counter is global to the app, and every client here is 127.0.0.1.
let h: Harness | undefined;
beforeEach(async () => {
  await h?.close();
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const attempt = (username: string, password: string, headers: Record<string, string> = {}) =>
  (h as Harness).anonymous().post("/api/session").set(headers).send({ username, password });

function expectThrottled(reply: {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, unknown>;
}) {
  expect(reply.status).toBe(429);
  expect(reply.body.mnemonic).toBe("too_many_login_attempts");
  expect(reply.body.retryAfterSeconds).toEqual(expect.any(Number));
  expect(reply.body.retryAfterSeconds as number).toBeGreaterThan(0);
  expect(reply.headers["retry-after"]).toBe(
    String(Math.ceil(reply.body.retryAfterSeconds as number)),
  );
  expect(reply.headers["set-cookie"]).toBeUndefined();
}

describe("login brute force", () => {
  it("throttles one username after 5 failures, even for the right password, and however it is spelt", async () => {
    for (let i = 0; i < 5; i++) expect((await attempt("admin", `guess-${i}`)).status).toBe(401);
    expectThrottled(await attempt("admin", "demo"));
    expectThrottled(await attempt("ADMIN", "demo"));
    expectThrottled(await attempt(" admin ", "demo"));
    // Other users from the same address are not locked out by one user's failures.
    expect((await attempt("operator", "demo")).status).toBe(200);
    // Every failure is in the audit log, for the admin to see.
    const admin = await (h as Harness).login("supervisor");
    const audit = await admin.get("/api/audit").query({ action: "session.login", result: "error" });
    const failures = (audit.body.entries as { username: string }[]).filter(
      (entry) => entry.username === "admin",
    );
    expect(failures).toHaveLength(5);
  });

  it("throttles one address spraying many usernames (20 failures), whatever X-Forwarded-For says", async () => {
    for (let i = 0; i < 20; i++) {
      const reply = await attempt(`user-${i}`, "guess", { "X-Forwarded-For": `198.51.100.${i}` });
      expect(reply.status).toBe(401);
    }
    expectThrottled(await attempt("supervisor", "demo", { "X-Forwarded-For": "203.0.113.99" }));
  });

  it("behind a trusted proxy, throttles the real client address, which a prepended X-Forwarded-For cannot change", async () => {
    await h?.close();
    h = await startHarness({ env: { CALLBOARD_TRUST_PROXY: "1" } });
    const from = (address: string, spoofed = "") => ({
      "X-Forwarded-For": spoofed ? `${spoofed}, ${address}` : address,
    });
    for (let i = 0; i < 20; i++) {
      const reply = await attempt(`user-${i}`, "guess", from("198.51.100.7", `10.0.0.${i}`));
      expect(reply.status).toBe(401);
    }
    expectThrottled(await attempt("supervisor", "demo", from("198.51.100.7", "10.9.9.9")));
    // Another office behind the same proxy logs in as usual.
    expect((await attempt("supervisor", "demo", from("198.51.100.8"))).status).toBe(200);
  });

  it("5 wrong passwords for admin from one address do not lock the admin out elsewhere", async () => {
    await h?.close();
    h = await startHarness({ env: { CALLBOARD_TRUST_PROXY: "1" } });
    const from = (address: string) => ({ "X-Forwarded-For": address });
    for (let i = 0; i < 5; i++) {
      expect((await attempt("admin", `guess-${i}`, from("198.51.100.66"))).status).toBe(401);
    }
    expectThrottled(await attempt("admin", "demo", from("198.51.100.66")));
    expect((await attempt("admin", "demo", from("192.0.2.10"))).status).toBe(200);
  });

  it("guesses for admin spread over many addresses lock new addresses, never the admin's known one", async () => {
    await h?.close();
    h = await startHarness({ env: { CALLBOARD_TRUST_PROXY: "1" } });
    const from = (address: string) => ({ "X-Forwarded-For": address });
    expect((await attempt("admin", "demo", from("192.0.2.10"))).status).toBe(200);
    for (let i = 0; i < 25; i++) {
      const reply = await attempt("admin", "guess", from(`203.0.113.${i}`));
      expect([401, 429]).toContain(reply.status);
    }
    expectThrottled(await attempt("admin", "demo", from("203.0.113.250")));
    expect((await attempt("admin", "demo", from("192.0.2.10"))).status).toBe(200);
  });

  it("a spray of 12,000 usernames does not wipe a lock", async () => {
    for (let i = 0; i < 5; i++) expect((await attempt("admin", `guess-${i}`)).status).toBe(401);
    const throttle = (h as Harness).app.context.throttle;
    for (let i = 0; i < 12_000; i++)
      throttle.recordFailure(`spray-${i}`, `10.1.${i >> 8}.${i & 255}`);
    expectThrottled(await attempt("admin", "demo"));
  });
});
