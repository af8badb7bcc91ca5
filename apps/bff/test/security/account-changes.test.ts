import { describe, expect, it } from "vitest";
import { type Agent, useHarness } from "../harness";

const suite = useHarness({ roles: ["admin", "supervisor"] });

async function newUser(role: "admin" | "operator", password = "password-1") {
  const username = `${role}-${Math.random().toString(36).slice(2, 8)}`;
  const created = await suite.admin.post("/api/users").send({ username, password, role });
  expect(created.status).toBe(201);
  return { username, id: created.body.id as number };
}

async function auditEntries(agent: Agent, query: Record<string, string>) {
  const reply = await agent.get("/api/audit").query(query);
  expect(reply.status).toBe(200);
  return reply.body.entries as {
    username: string;
    action: string;
    result: string;
    mnemonic: string | null;
    params: Record<string, unknown> | null;
  }[];
}

describe("changing one's own password", () => {
  it("asks for the current password, ends every other session and is audited", async () => {
    const { username, id } = await newUser("admin");
    const here = await suite.h.login(username, "password-1");
    const elsewhere = await suite.h.login(username, "password-1");

    const without = await here.patch(`/api/users/${id}`).send({ password: "password-2" });
    expect(without.status).toBe(400);
    expect(without.body.field).toBe("currentPassword");
    const wrong = await here
      .patch(`/api/users/${id}`)
      .send({ password: "password-2", currentPassword: "not-it-at-all" });
    expect(wrong.status).toBe(403);
    expect(wrong.body.mnemonic).toBe("invalid_current_password");
    expect((await elsewhere.get("/api/session")).status).toBe(200);

    const changed = await here
      .patch(`/api/users/${id}`)
      .send({ password: "password-2", currentPassword: "password-1" });
    expect(changed.status).toBe(200);
    expect((await elsewhere.get("/api/session")).status).toBe(401);
    expect((await here.get("/api/session")).status).toBe(200);

    const audit = await auditEntries(suite.admin, { username, action: "user.password" });
    // The one without a current password never got past validation (audited as user.update).
    expect(audit.map((entry) => entry.result)).toEqual(["ok", "error"]);
    expect(JSON.stringify(audit)).not.toContain("password-2");
  });

  it("an admin's reset of another user's password ends all of that user's sessions", async () => {
    const { username, id } = await newUser("operator");
    const session = await suite.h.login(username, "password-1");
    const reply = await suite.admin.patch(`/api/users/${id}`).send({ password: "password-3" });
    expect(reply.status).toBe(200);
    expect((await session.get("/api/session")).status).toBe(401);
  });
});

describe("what the login tells and what the audit log shows", () => {
  it("keeps a username typed at the login form out of the supervisors' audit log", async () => {
    const typed = "my-secret-passphrase-typed-as-username";
    const reply = await suite.h
      .anonymous()
      .post("/api/session")
      .send({ username: typed, password: "x" });
    expect(reply.status).toBe(401);
    const audit = await auditEntries(suite.supervisor, {
      action: "session.login",
      result: "error",
    });
    expect(audit.length).toBeGreaterThan(0);
    expect(JSON.stringify(audit)).not.toContain(typed);
  });

  it("answers a disabled user's right password like a wrong one, and audits the attempt", async () => {
    const { username, id } = await newUser("operator");
    expect((await suite.admin.patch(`/api/users/${id}`).send({ disabled: true })).status).toBe(200);
    const right = await suite.h
      .anonymous()
      .post("/api/session")
      .send({ username, password: "password-1" });
    const wrong = await suite.h
      .anonymous()
      .post("/api/session")
      .send({ username, password: "password-9" });
    expect(right.status).toBe(401);
    expect(right.body).toEqual({ ...wrong.body, requestId: right.body.requestId });
    const audit = await auditEntries(suite.admin, { username, action: "session.login" });
    expect(audit.map((entry) => entry.mnemonic)).toEqual(["invalid_credentials", "user_disabled"]);
  });
});
