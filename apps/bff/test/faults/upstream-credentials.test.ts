import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Agent,
  type Harness,
  startHarness,
  UPSTREAM_LOGIN,
  UPSTREAM_PASSWORD,
  waitFor,
} from "../harness";
import { expectApiError, UPSTREAM_TIMEOUT_MS } from "./fault-cases";

let h: Harness;
let operator: Agent;
beforeAll(async () => {
  h = await startHarness({ env: { CALLAPI_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS) } });
  operator = await h.login("operator");
});
afterAll(async () => {
  await h?.close();
});

async function holdNew() {
  const call = await h.control.createCall({ state: "talk" });
  const reply = await operator.post(`/api/calls/${call.call_session_id}/hold`).send({});
  return { id: call.call_session_id, reply };
}

// Its own file: recovery waits out the client's 10 s hold-off after a refused login.
describe("Callboard's upstream credentials", () => {
  it("Callboard's password changed upstream: 502 auth_error without hammering login, then recovers by itself", async () => {
    await h.control.setUser({ login: UPSTREAM_LOGIN, password: "rotated-elsewhere" });
    await h.control.injectFault({ kind: "expire_tokens" });
    try {
      const { reply } = await holdNew();
      expectApiError(reply, {
        status: 502,
        mnemonic: "auth_error",
        message: "CallGear rejected Callboard's login or password.",
      });
      expect(reply.body.field).toBeUndefined();
      expect(JSON.stringify(reply.body)).not.toContain(UPSTREAM_PASSWORD);
      // Another action right away is answered from the failed login, not with another login.
      const logins = (await h.control.requests("login.user")).length;
      expect((await holdNew()).reply.body.mnemonic).toBe("auth_error");
      expect(await h.control.requests("login.user")).toHaveLength(logins);
    } finally {
      await h.control.setUser({ login: UPSTREAM_LOGIN, password: UPSTREAM_PASSWORD });
    }
    // The admin fixed the password upstream: the BFF logs in again on its own (after its hold-off).
    await waitFor(async () => (await holdNew()).reply.status === 200, 15_000, "a working hold");
  }, 20_000);
});
