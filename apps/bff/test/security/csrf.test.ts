import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, type Harness, startHarness, WEBHOOK_SECRET } from "../harness";
import { isStateChanging, type RouteSample, routeSamples, send } from "./route-samples";

let h: Harness;
let samples: RouteSample[];
/** The admin (every route's role), logged in without the CSRF header set. */
let admin: Agent;
let adminToken: string;
/** Another user's valid CSRF token. */
let otherToken: string;

async function bareLogin(username: string): Promise<{ agent: Agent; csrfToken: string }> {
  const agent = h.anonymous();
  const reply = await agent.post("/api/session").send({ username, password: "demo" });
  expect(reply.status).toBe(200);
  return { agent, csrfToken: reply.body.csrfToken as string };
}

beforeAll(async () => {
  h = await startHarness();
  ({ agent: admin, csrfToken: adminToken } = await bareLogin("admin"));
  ({ csrfToken: otherToken } = await bareLogin("operator"));
  const call = await h.control.createCall({ state: "talk" });
  const users = (await admin.get("/api/users")).body as { id: number; username: string }[];
  samples = routeSamples({
    callId: call.call_session_id,
    legId: call.legs[0]?.leg_id ?? 1,
    userId: users.find((user) => user.username === "operator")?.id ?? 1,
  });
});
afterAll(async () => {
  await h?.close();
});

const sessionRoutes = () =>
  samples.filter((sample) => isStateChanging(sample.spec) && sample.spec.access !== "public");

describe("CSRF on every state-changing route", () => {
  it("covers every state-changing route of the contract", () => {
    const names = sessionRoutes().map((sample) => sample.name);
    expect(names).toEqual(expect.arrayContaining(["logout", "startCall", "hold", "createUser"]));
    expect(names.length).toBeGreaterThan(15);
  });

  it("refuses each without the X-CSRF-Token header, with a forged one, and with another session's: 403 csrf_failed", async () => {
    await h.control.clearRequests();
    const forged = adminToken.replace(/^./, (c) => (c === "A" ? "B" : "A"));
    for (const sample of sessionRoutes()) {
      for (const [label, token] of [
        ["none", undefined],
        ["forged", forged],
        ["another session's", otherToken],
        ["empty", ""],
      ] as const) {
        const request = send(admin, sample);
        const reply =
          token === undefined ? await request : await request.set("X-CSRF-Token", token);
        expect({
          route: sample.name,
          token: label,
          status: reply.status,
          mnemonic: reply.body.mnemonic,
        }).toEqual({
          route: sample.name,
          token: label,
          status: 403,
          mnemonic: "csrf_failed",
        });
      }
    }
    expect(await h.control.requests()).toEqual([]);
    // The refused logout did not end the session.
    expect((await admin.get("/api/session")).status).toBe(200);
  });

  it("lets each through with the session's own token (the refusals above are the CSRF check)", async () => {
    for (const sample of sessionRoutes().filter((s) => s.name !== "logout")) {
      const reply = await send(admin, sample).set("X-CSRF-Token", adminToken);
      expect({ route: sample.name, mnemonic: reply.body?.mnemonic }).not.toEqual({
        route: sample.name,
        mnemonic: "csrf_failed",
      });
      expect(reply.status).toBeLessThan(500);
    }
  });

  it("refuses a login posted cross-site (login CSRF)", async () => {
    const login = samples.find((sample) => sample.name === "login");
    if (!login) throw new Error("no login route");
    const foreignOrigin = await send(h.anonymous(), login).set("Origin", "https://evil.example");
    const crossSite = await send(h.anonymous(), login).set("Sec-Fetch-Site", "cross-site");
    const nullOrigin = await send(h.anonymous(), login).set("Origin", "null");
    for (const reply of [foreignOrigin, crossSite, nullOrigin]) {
      expect(reply.status).toBe(403);
      expect(reply.body.mnemonic).toBe("csrf_failed");
      expect(reply.headers["set-cookie"]).toBeUndefined();
    }
    const sameOrigin = await send(h.anonymous(), login).set("Origin", h.baseUrl());
    expect(sameOrigin.status).toBe(200);
  });

  it("guards the webhook with its shared secret instead", async () => {
    const hook = samples.find((sample) => sample.name === "webhook");
    if (!hook) throw new Error("no webhook route");
    const none = await send(h.anonymous(), hook);
    const wrong = await send(h.anonymous(), hook).set("X-Callboard-Secret", `${WEBHOOK_SECRET}x`);
    for (const reply of [none, wrong]) {
      expect(reply.status).toBe(401);
      expect(reply.body.mnemonic).toBe("webhook_unauthorized");
    }
    const right = await send(h.anonymous(), hook).set("X-Callboard-Secret", WEBHOOK_SECRET);
    expect(right.status).toBe(200);
  });

  it("ends the session only with the token: logout with it works", async () => {
    const logout = await admin.delete("/api/session").set("X-CSRF-Token", adminToken);
    expect(logout.status).toBe(204);
    expect((await admin.get("/api/session")).status).toBe(401);
  });
});
