import { describe, expect, it } from "vitest";
import { useHarness, waitFor } from "./harness";
import { loginCookie, openEventStream } from "./sse-client";

// A heartbeat well under a second, so the re-check on each beat is seen within the test's 1 s.
const suite = useHarness({ roles: ["admin"], heartbeatMs: 200 });

/** An operator-level user of its own, logged in, with its event stream open and flowing. */
async function openStreamOf(role: "operator" | "supervisor") {
  const { h, admin } = suite;
  const username = `${role}-${Math.random().toString(36).slice(2, 8)}`;
  const created = await admin.post("/api/users").send({ username, password: "password-1", role });
  expect(created.status).toBe(201);
  const login = await h.anonymous().post("/api/session").send({ username, password: "password-1" });
  expect(login.status).toBe(200);
  const cookie =
    String((login.headers["set-cookie"] as unknown as string[])[0]).split(";")[0] ?? "";
  const stream = openEventStream(`${h.baseUrl()}/api/calls/events`, { cookie });
  expect(await stream.ready).toBe(200);
  await waitFor(() => stream.events.length > 0, 5_000, "the first event");
  return {
    stream,
    userId: created.body.id as number,
    cookie,
    csrf: login.body.csrfToken as string,
  };
}

async function expectClosedWithinOneSecond(stream: { endedAt: number | undefined }, since: number) {
  await waitFor(() => stream.endedAt !== undefined, 1_000, "the stream to end");
  expect((stream.endedAt ?? Infinity) - since).toBeLessThanOrEqual(1_000);
}

describe("an open event stream lives no longer than its session", () => {
  it("ends within 1 s of logout", async () => {
    const { stream, cookie, csrf } = await openStreamOf("operator");
    const at = Date.now();
    const reply = await suite.h
      .anonymous()
      .delete("/api/session")
      .set({ cookie, "X-CSRF-Token": csrf });
    expect(reply.status).toBe(204);
    await expectClosedWithinOneSecond(stream, at);
  });

  it("ends within 1 s of an admin disabling the user", async () => {
    const { stream, userId } = await openStreamOf("operator");
    const at = Date.now();
    expect((await suite.admin.patch(`/api/users/${userId}`).send({ disabled: true })).status).toBe(
      200,
    );
    await expectClosedWithinOneSecond(stream, at);
  });

  it("ends within 1 s of a demotion", async () => {
    const { stream, userId } = await openStreamOf("supervisor");
    const at = Date.now();
    expect(
      (await suite.admin.patch(`/api/users/${userId}`).send({ role: "operator" })).status,
    ).toBe(200);
    await expectClosedWithinOneSecond(stream, at);
  });

  it("ends within 1 s of a password reset", async () => {
    const { stream, userId } = await openStreamOf("operator");
    const at = Date.now();
    const reply = await suite.admin.patch(`/api/users/${userId}`).send({ password: "password-2" });
    expect(reply.status).toBe(200);
    await expectClosedWithinOneSecond(stream, at);
  });

  it("ends at the next heartbeat once the session is gone from the store by any other way", async () => {
    const { stream, userId } = await openStreamOf("operator");
    const at = Date.now();
    suite.h.db.prepare("DELETE FROM sessions WHERE user_id = ?").run(userId);
    await expectClosedWithinOneSecond(stream, at);
  });

  it("keeps other users' streams open", async () => {
    const other = openEventStream(`${suite.h.baseUrl()}/api/calls/events`, {
      cookie: await loginCookie(suite.h.baseUrl(), "operator"),
    });
    expect(await other.ready).toBe(200);
    const { stream, userId } = await openStreamOf("operator");
    await suite.admin.patch(`/api/users/${userId}`).send({ disabled: true });
    await waitFor(() => stream.endedAt !== undefined, 1_000, "the disabled user's stream to end");
    const beats = other.comments.length;
    await waitFor(() => other.comments.length > beats, 2_000, "another heartbeat");
    expect(other.endedAt).toBeUndefined();
    other.close();
  });
});
