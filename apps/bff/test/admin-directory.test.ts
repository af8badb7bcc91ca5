import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, type Harness, startHarness } from "./harness";

let h: Harness;
let operator: Agent;
let supervisor: Agent;
let admin: Agent;
beforeAll(async () => {
  h = await startHarness();
  operator = await h.login("operator");
  supervisor = await h.login("supervisor");
  admin = await h.login("admin");
});
afterAll(async () => {
  await h?.close();
});

describe("directory", () => {
  it.each(["tags", "employees", "virtual-numbers", "scenarios", "media-files"])(
    "lists %s in the console's shape",
    async (kind) => {
      const response = await operator.get(`/api/directory/${kind}`);
      expect(response.status).toBe(200);
      expect(Array.isArray(response.body)).toBe(true);
      expect(response.body.length).toBeGreaterThan(0);
    },
  );

  it("caches a list for a minute with a single upstream request for concurrent readers", async () => {
    h.app.context.directory.clear();
    await h.control.clearRequests();
    const replies = await Promise.all(
      Array.from({ length: 5 }, () => operator.get("/api/directory/employees")),
    );
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
    await operator.get("/api/directory/employees");
    expect(await h.control.requests("get.employees")).toHaveLength(1);
    const employee = replies[0]?.body[0];
    expect(employee).toMatchObject({ id: expect.any(Number), fullName: expect.any(String) });
  });
});

describe("users (admins)", () => {
  it("creates a user who can log in, refuses a taken username", async () => {
    const created = await admin.post("/api/users").send({
      username: "olga",
      password: "long-enough-1",
      role: "operator",
      employeeId: 27,
      phoneNumber: "79263334455",
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      username: "olga",
      role: "operator",
      employeeId: 27,
      disabled: false,
    });
    expect(created.body).not.toHaveProperty("passwordHash");
    const again = await admin
      .post("/api/users")
      .send({ username: "OLGA", password: "long-enough-1", role: "operator" });
    expect(again.status).toBe(409);
    expect(again.body.mnemonic).toBe("user_exists");
    const olga = await h.login("olga", "long-enough-1");
    expect((await olga.get("/api/session")).body.user.username).toBe("olga");
    const list = await admin.get("/api/users");
    expect(list.body.map((u: { username: string }) => u.username)).toContain("olga");
  });

  it("disabling a user ends their sessions; they cannot log in", async () => {
    await admin
      .post("/api/users")
      .send({ username: "temp-user", password: "long-enough-2", role: "operator" });
    const temp = await h.login("temp-user", "long-enough-2");
    const id = (await temp.get("/api/session")).body.user.id as number;
    const disabled = await admin.patch(`/api/users/${id}`).send({ disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await temp.get("/api/session")).status).toBe(401);
    const login = await h
      .anonymous()
      .post("/api/session")
      .send({ username: "temp-user", password: "long-enough-2" });
    // Answered like a wrong password: a 403 would confirm the password to whoever guessed it.
    expect(login.status).toBe(401);
    expect(login.body.mnemonic).toBe("invalid_credentials");

    // The audit names the user changed and what changed, and no call.
    const audit = await admin.get("/api/audit").query({ action: "user.update" });
    const [change] = audit.body.entries;
    expect(change).toMatchObject({ action: "user.update", callSessionId: null });
    expect(change.params).toMatchObject({ id, disabled: true });
  });

  it("an admin cannot demote or disable themself", async () => {
    const me = (await admin.get("/api/session")).body.user.id as number;
    expect((await admin.patch(`/api/users/${me}`).send({ role: "operator" })).status).toBe(403);
    expect((await admin.patch(`/api/users/${me}`).send({ disabled: true })).status).toBe(403);
    expect((await admin.patch("/api/users/99999").send({ displayName: "Nobody" })).status).toBe(
      404,
    );
  });
});

describe("audit, limits, budget, health", () => {
  it("audits every action with who, what, the call and the outcome; pages backwards", async () => {
    const call = await h.control.createCall({ state: "talk" });
    await operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
    await operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
    const page = await supervisor
      .get("/api/audit")
      .query({ callSessionId: call.call_session_id, limit: 1 });
    expect(page.status).toBe(200);
    expect(page.body.entries).toHaveLength(1);
    expect(page.body.entries[0]).toMatchObject({
      username: "operator",
      role: "operator",
      action: "hold.call",
      callSessionId: call.call_session_id,
      result: "error",
      status: 409,
      mnemonic: "invalid_state",
    });
    expect(page.body.nextBefore).toEqual(expect.any(Number));
    const older = await supervisor
      .get("/api/audit")
      .query({ callSessionId: call.call_session_id, before: page.body.nextBefore });
    expect(older.body.entries).toHaveLength(1);
    expect(older.body.entries[0]).toMatchObject({ result: "ok", status: 200 });
    expect(older.body.nextBefore).toBeNull();
    expect((await supervisor.get("/api/audit").query({ limit: 0 })).status).toBe(400);
  });

  it("reports limits to admins and the budget to everyone", async () => {
    await operator.get("/api/directory/tags");
    const limits = await admin.get("/api/limits");
    expect(limits.status).toBe(200);
    expect(limits.body.current).toMatchObject({ minuteLimit: expect.any(Number) });
    expect(limits.body.pollIntervalMs).toEqual(expect.any(Number));
    const budget = await operator.get("/api/budget");
    expect(budget.status).toBe(200);
    expect(budget.body.minuteRemaining).toEqual(expect.any(Number));
  });

  it("answers health without a session, with security headers", async () => {
    const health = await h.anonymous().get("/api/health");
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ ok: true, upstream: "simulator" });
    expect(health.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(health.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(health.headers["x-content-type-options"]).toBe("nosniff");
    expect(health.headers["referrer-policy"]).toBe("no-referrer");
    expect(health.headers["x-request-id"]).toEqual(expect.any(String));
  });

  it("marks API answers no-store and sends no ETag with them", async () => {
    const operator = await h.login("operator");
    for (const path of ["/api/health", "/api/session", "/api/budget", "/api/nope"]) {
      const response = await operator.get(path);
      expect(response.headers["cache-control"], path).toBe("no-store");
      expect(response.headers.etag, path).toBeUndefined();
    }
  });

  it("echoes a sane X-Request-Id", async () => {
    const response = await h.anonymous().get("/api/health").set("X-Request-Id", "trace-123");
    expect(response.headers["x-request-id"]).toBe("trace-123");
  });

  it("serves a page telling to build the SPA when it is missing, but JSON for /api", async () => {
    const page = await h.anonymous().get("/calls/42");
    expect(page.status).toBe(503);
    expect(page.text).toContain("npm run build");
    expect((await h.anonymous().get("/api/unknown")).body.mnemonic).toBe("not_found");
  });
});
