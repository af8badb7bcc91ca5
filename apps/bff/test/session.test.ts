import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("sessions", () => {
  it("logs in with an httpOnly SameSite=Strict cookie and answers who is logged in", async () => {
    const agent = h.anonymous();
    const login = await agent.post("/api/session").send({ username: "operator", password: "demo" });
    expect(login.status).toBe(200);
    expect(login.body.user.username).toBe("operator");
    expect(login.body.user.role).toBe("operator");
    expect(login.body.user.employeeId).toEqual(expect.any(Number));
    expect(login.body.user.phoneNumber).toMatch(/^7\d+$/);
    expect(login.body.user).not.toHaveProperty("passwordHash");
    expect(login.body.upstream).toBe("simulator");
    const cookie = String(login.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);

    const me = await agent.get("/api/session");
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(login.body.csrfToken);
  });

  it("refuses a wrong password and an unknown user alike", async () => {
    const wrong = await h
      .anonymous()
      .post("/api/session")
      .send({ username: "admin", password: "nope" });
    const unknown = await h
      .anonymous()
      .post("/api/session")
      .send({ username: "ghost", password: "nope" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.mnemonic).toBe("invalid_credentials");
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it("answers 401 without a session", async () => {
    const response = await h.anonymous().get("/api/session");
    expect(response.status).toBe(401);
    expect(response.body.mnemonic).toBe("unauthenticated");
  });

  it("refuses a state-changing request without the CSRF header", async () => {
    const agent = h.anonymous();
    await agent.post("/api/session").send({ username: "operator", password: "demo" });
    const withoutHeader = await agent.delete("/api/session");
    expect(withoutHeader.status).toBe(403);
    expect(withoutHeader.body.mnemonic).toBe("csrf_failed");
    const wrongHeader = await agent.delete("/api/session").set("X-CSRF-Token", "forged");
    expect(wrongHeader.status).toBe(403);
  });

  it("refuses a login posted from another origin", async () => {
    const response = await h
      .anonymous()
      .post("/api/session")
      .set("Origin", "https://evil.example")
      .send({ username: "operator", password: "demo" });
    expect(response.status).toBe(403);
    expect(response.body.mnemonic).toBe("csrf_failed");
  });

  it("logs out: the cookie no longer opens a session", async () => {
    const agent = await h.login("supervisor");
    expect((await agent.delete("/api/session")).status).toBe(204);
    expect((await agent.get("/api/session")).status).toBe(401);
  });

  it("keeps sessions across a restart of the app on the same data dir", async () => {
    const agent = await h.login("admin");
    await h.restartApp();
    const me = await agent.get("/api/session");
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe("admin");
  });

  it("throttles logins after repeated failures, even with the right password", async () => {
    const attempt = (password: string) =>
      h.anonymous().post("/api/session").send({ username: "supervisor", password });
    for (let i = 0; i < 5; i++) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    const blocked = await attempt("demo");
    expect(blocked.status).toBe(429);
    expect(blocked.body.mnemonic).toBe("too_many_login_attempts");
    expect(blocked.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.headers["retry-after"]).toBeDefined();
  });
});
