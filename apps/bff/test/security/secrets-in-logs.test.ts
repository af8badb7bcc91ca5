import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, UPSTREAM_PASSWORD, WEBHOOK_SECRET } from "../harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const logged = () => h.logLines.join("\n");

describe("secrets stay out of responses and log lines", () => {
  it("a dashboard user's password: not in the reply, the audit log or a log line", async () => {
    const admin = await h.login("admin");
    const password = "Typed-Into-A-Form-5f1d";
    const created = await admin
      .post("/api/users")
      .send({ username: "new-agent", password, role: "operator" });
    expect(created.status).toBe(201);
    const changed = await admin
      .patch(`/api/users/${created.body.id}`)
      .send({ password: `${password}-2` });
    expect(changed.status).toBe(200);
    const login = await h
      .anonymous()
      .post("/api/session")
      .send({ username: "new-agent", password: `${password}-2` });
    expect(login.status).toBe(200);
    const audit = await admin.get("/api/audit").query({ limit: 500 });
    for (const text of [created.text, changed.text, login.text, audit.text, logged()]) {
      expect(text).not.toContain(password);
    }
  });

  it("the session cookie and the CSRF token: never in a log line", async () => {
    const agent = h.anonymous();
    const login = await agent.post("/api/session").send({ username: "operator", password: "demo" });
    const cookie = String(login.headers["set-cookie"]).match(/callboard_session=([^;]+)/)?.[1];
    expect(cookie).toEqual(expect.any(String));
    await agent.get("/api/session");
    await agent.post("/api/calls/1/hold").set("X-CSRF-Token", login.body.csrfToken).send({});
    expect(logged()).not.toContain(cookie as string);
    expect(logged()).not.toContain(login.body.csrfToken as string);
  });

  it("Callboard's upstream password: never in a log line, even when CallGear refuses it", async () => {
    await h.control.setUser({ login: "bff-robot", password: "rotated" });
    await h.control.injectFault({ kind: "expire_tokens" });
    const operator = await h.login("operator");
    const call = await h.control.createCall({ state: "talk" });
    const reply = await operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
    expect(reply.status).toBe(502);
    await h.control.setUser({ login: "bff-robot", password: UPSTREAM_PASSWORD });
    expect(reply.text).not.toContain(UPSTREAM_PASSWORD);
    expect(logged()).not.toContain(UPSTREAM_PASSWORD);
  });

  it("the webhook's shared secret: never in a log line, sent as a header or as ?secret=", async () => {
    const header = await h
      .anonymous()
      .post("/api/hooks/callgear")
      .set("X-Callboard-Secret", WEBHOOK_SECRET)
      .send({});
    const query = await h.anonymous().post(`/api/hooks/callgear?secret=${WEBHOOK_SECRET}`).send({});
    expect(header.status).toBe(200);
    expect(query.status).toBe(200);
    expect(logged()).not.toContain(WEBHOOK_SECRET);
  });
});
