import type { Role } from "@callboard/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, type Harness, startHarness } from "../harness";
import { type RouteSample, rolesBelow, routeSamples, send } from "./route-samples";

let h: Harness;
let agents: Record<Role, Agent>;
let samples: RouteSample[];
beforeAll(async () => {
  h = await startHarness();
  agents = {
    operator: await h.login("operator"),
    supervisor: await h.login("supervisor"),
    admin: await h.login("admin"),
  };
  const call = await h.control.createCall({ state: "talk" });
  const users = await agents.admin.get("/api/users");
  samples = routeSamples({
    callId: call.call_session_id,
    legId: call.legs[0]?.leg_id ?? 1,
    userId: (users.body as { id: number }[])[0]?.id ?? 1,
  });
  await h.control.clearRequests();
});
afterAll(async () => {
  await h?.close();
});

describe("role escalation, on every route of the contract", () => {
  it("refuses every non-public route without a session: 401 unauthenticated", async () => {
    const guarded = samples.filter((sample) => sample.spec.access !== "public");
    expect(guarded.length).toBeGreaterThan(25);
    for (const sample of guarded) {
      const reply = await send(h.anonymous(), sample);
      expect({ route: sample.name, status: reply.status, mnemonic: reply.body.mnemonic }).toEqual({
        route: sample.name,
        status: 401,
        mnemonic: "unauthenticated",
      });
    }
  });

  it("refuses every role below a route's access: 403 forbidden_role (CSRF token valid)", async () => {
    let refusals = 0;
    for (const sample of samples) {
      for (const role of rolesBelow(sample.spec.access)) {
        const reply = await send(agents[role], sample);
        expect({ route: sample.name, role, status: reply.status, body: reply.body }).toMatchObject({
          route: sample.name,
          role,
          status: 403,
          body: { mnemonic: "forbidden_role", params: { required: sample.spec.access } },
        });
        refusals++;
      }
    }
    // coach (supervisor); audit (supervisor); limits, users x3 (admin, two roles each).
    expect(refusals).toBeGreaterThanOrEqual(10);
  });

  it("sent nothing upstream for any refused request", async () => {
    expect(await h.control.requests()).toEqual([]);
  });

  it("lets the route's own role through (the refusals above are the role check, not a broken route)", async () => {
    const elevated = samples.filter(
      (s) => s.spec.access === "supervisor" || s.spec.access === "admin",
    );
    for (const sample of elevated) {
      const reply = await send(agents[sample.spec.access as Role], sample);
      expect({ route: sample.name, status: reply.status }).not.toMatchObject({ status: 403 });
      expect(reply.status).toBeLessThan(500);
    }
  });

  it("keeps a demoted user's open session to the new role at once", async () => {
    const users = (await agents.admin.get("/api/users")).body as { id: number; username: string }[];
    const supervisor = users.find((user) => user.username === "supervisor");
    const before = await agents.supervisor.get("/api/audit");
    expect(before.status).toBe(200);
    const demote = await agents.admin
      .patch(`/api/users/${supervisor?.id}`)
      .send({ role: "operator" });
    expect(demote.status).toBe(200);
    const after = await agents.supervisor.get("/api/audit");
    expect(after.status).toBe(403);
    expect(after.body.mnemonic).toBe("forbidden_role");
  });
});
