import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const COOKIE = "callboard_session";

/** The session id a reply set, if it set one. */
function sessionIdSetBy(reply: { headers: Record<string, unknown> }): string | undefined {
  const lines = (reply.headers["set-cookie"] as string[] | undefined) ?? [];
  const line = lines.find((l) => l.startsWith(`${COOKIE}=`));
  return line?.slice(COOKIE.length + 1).split(";")[0];
}

async function logIn(username: string, plantedSessionId?: string) {
  const agent = h.anonymous();
  const request = agent.post("/api/session").send({ username, password: "demo" });
  const reply = plantedSessionId
    ? await request.set("Cookie", `${COOKIE}=${plantedSessionId}`)
    : await request;
  expect(reply.status).toBe(200);
  const sessionId = sessionIdSetBy(reply);
  expect(sessionId).toEqual(expect.any(String));
  return { agent, sessionId: sessionId as string, csrfToken: reply.body.csrfToken as string };
}

const whoIs = (sessionId: string) =>
  h.anonymous().get("/api/session").set("Cookie", `${COOKIE}=${sessionId}`);

describe("session fixation", () => {
  it("never adopts a session id planted before login", async () => {
    const planted = "attacker-chosen-session-id-0123456789";
    const { sessionId } = await logIn("admin", planted);
    expect(sessionId).not.toBe(planted);
    expect((await whoIs(planted)).status).toBe(401);
    expect((await whoIs(sessionId)).body.user.username).toBe("admin");
  });

  it("gives a new id even when the planted one is a live session, and leaves that one as it was", async () => {
    const attacker = await logIn("operator");
    const victim = await logIn("admin", attacker.sessionId);
    expect(victim.sessionId).not.toBe(attacker.sessionId);
    // The attacker's session did not become the admin's.
    const attackerNow = await whoIs(attacker.sessionId);
    expect(attackerNow.status).toBe(200);
    expect(attackerNow.body.user.username).toBe("operator");
    expect(victim.csrfToken).not.toBe(attacker.csrfToken);
  });

  it("gives every login its own id", async () => {
    const first = await logIn("supervisor");
    const second = await logIn("supervisor");
    expect(second.sessionId).not.toBe(first.sessionId);
  });
});

describe("logout", () => {
  it("ends the session on the server: the old cookie opens nothing afterwards", async () => {
    const { agent, sessionId, csrfToken } = await logIn("supervisor");
    expect((await whoIs(sessionId)).status).toBe(200);
    const logout = await agent.delete("/api/session").set("X-CSRF-Token", csrfToken);
    expect(logout.status).toBe(204);
    // A copy of the cookie kept by an attacker (or a browser that ignored the clearing header).
    const replayed = await whoIs(sessionId);
    expect(replayed.status).toBe(401);
    expect(replayed.body.mnemonic).toBe("unauthenticated");
    const action = await h
      .anonymous()
      .post("/api/calls/1/hold")
      .set("Cookie", `${COOKIE}=${sessionId}`)
      .set("X-CSRF-Token", csrfToken)
      .send({});
    expect(action.status).toBe(401);
  });

  it("ends a user's sessions when an admin disables them or resets their password", async () => {
    const admin = await h.login("admin");
    const users = (await admin.get("/api/users")).body as { id: number; username: string }[];
    const operator = users.find((user) => user.username === "operator");
    const disabledOne = await logIn("operator");
    expect((await admin.patch(`/api/users/${operator?.id}`).send({ disabled: true })).status).toBe(
      200,
    );
    expect((await whoIs(disabledOne.sessionId)).status).toBe(401);
    await admin.patch(`/api/users/${operator?.id}`).send({ disabled: false });

    const resetOne = await logIn("operator");
    const reset = await admin
      .patch(`/api/users/${operator?.id}`)
      .send({ password: "a-new-password-1" });
    expect(reset.status).toBe(200);
    expect((await whoIs(resetOne.sessionId)).status).toBe(401);
  });
});
