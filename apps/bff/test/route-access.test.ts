import { type Access, hasRole, type Role, type RouteSpec, routes } from "@callboard/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, type Harness, startHarness } from "./harness";

let h: Harness;
const agents = {} as Record<Role, Agent>;
/** Logged in as admin, but sends no X-CSRF-Token. */
let withoutCsrf: Agent;
beforeAll(async () => {
  h = await startHarness();
  for (const role of ["operator", "supervisor", "admin"] as const)
    agents[role] = await h.login(role);
  withoutCsrf = h.anonymous();
  await withoutCsrf.post("/api/session").send({ username: "admin", password: "demo" });
});
afterAll(async () => {
  await h?.close();
});

const concretePath = (path: string) =>
  path.replace(":kind", "simple").replace(":legId", "7").replace(":id", "4242");

function send(agent: Agent, spec: RouteSpec) {
  const path = concretePath(spec.path);
  switch (spec.method) {
    case "GET":
      return agent.get(path);
    case "POST":
      return agent.post(path).send({});
    case "PATCH":
      return agent.patch(path).send({});
    case "DELETE":
      return agent.delete(path);
  }
}

const entries = Object.entries(routes) as [string, RouteSpec][];
const guarded = entries.filter(
  ([, spec]) => spec.access !== "public" && spec.path !== "/api/calls/events",
);
const roles: Role[] = ["operator", "supervisor", "admin"];

describe("every route checks the session and the role", () => {
  it.each(guarded)("%s refuses a request without a session (401)", async (_name, spec) => {
    const response = await send(h.anonymous(), spec);
    expect(response.status).toBe(401);
    expect(response.body.mnemonic).toBe("unauthenticated");
  });

  const refusals = guarded.flatMap(([name, spec]) =>
    roles
      .filter((role) => !hasRole(role, spec.access as Exclude<Access, "public">))
      .map((role) => [name, role, spec] as const),
  );
  it.each(refusals)(
    "%s refuses the %s role (403), sending nothing upstream",
    async (_name, role, spec) => {
      await h.control.clearRequests();
      const response = await send(agents[role], spec);
      expect(response.status).toBe(403);
      expect(response.body.mnemonic).toBe("forbidden_role");
      expect(await h.sentActions()).toHaveLength(0);
    },
  );

  const stateChanging = guarded.filter(([, spec]) => spec.method !== "GET");
  it.each(stateChanging)(
    "%s refuses a request without the CSRF token (403)",
    async (_name, spec) => {
      await h.control.clearRequests();
      const response = await send(withoutCsrf, spec);
      expect(response.status).toBe(403);
      expect(response.body.mnemonic).toBe("csrf_failed");
      expect(await h.sentActions()).toHaveLength(0);
    },
  );
});
