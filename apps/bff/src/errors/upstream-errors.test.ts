import type { RunningSimulator, SimControl } from "@callboard/callapi-sim";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createCallApiClient } from "../upstream/call-api-client";
import {
  caught,
  clientKit,
  resetSim,
  robot,
  startSimHarness,
} from "../upstream/upstream-test-harness";
import { toApiError } from "./to-api-error";

// The simulator's refusals, through the client, as the SPA will read them.
let sim: RunningSimulator;
let control: SimControl;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  ({ sim, control } = await startSimHarness());
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  await resetSim(control);
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function client() {
  const kit = clientKit(sim, { kind: "key", accessKey: robot.key });
  const callApi = createCallApiClient(kit.options);
  cleanups.push(async () => {
    await callApi.close();
    await kit.transport.close();
  });
  return callApi;
}

describe("upstream refusals as ApiError bodies", () => {
  it("a spent minute budget is a 429 that says when to retry", async () => {
    const callApi = client();
    await control.setLimits({ minute_remaining: 0 });
    const error = await caught(() => callApi.call("list.calls", {}));
    const body = toApiError(error, "en", { method: "list.calls" });
    expect(body).toMatchObject({ status: 429, mnemonic: "limit_exceeded", code: -32029 });
    expect(body.message).toMatch(/limit per minute has been used up/);
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("a server off the whitelist is a 503 telling the admin what to do", async () => {
    const callApi = client();
    await control.setAccount({ ipWhitelist: ["198.51.100.1"] });
    const body = toApiError(await caught(() => callApi.call("list.calls", {})), "ru");
    expect(body).toMatchObject({ status: 503, mnemonic: "ip_not_whitelisted", code: -32003 });
    expect(body.hint).toMatch(/белый список/);
  });

  it("a disabled component is a 403 naming it", async () => {
    const callApi = client();
    await control.setUser({
      login: robot.login,
      password: robot.password,
      keys: [robot.key],
      components: ["Call API Basic set"],
    });
    const body = toApiError(await caught(() => callApi.call("list.calls", {})), "en");
    expect(body).toMatchObject({ status: 403, mnemonic: "component_disabled" });
    expect(body.message).toBe("The CallGear component Call API Call management is disabled.");
    expect(body.hint).toBe("Ask your CallGear admin to enable the component.");
  });

  it("hold on a call that is not in conversation is a 409 with the hold hint", async () => {
    const callApi = client();
    const created = await control.createCall({ state: "hold" });
    const error = await caught(() =>
      callApi.call("hold.call", {
        call_session_id: created.call_session_id,
        contact_message: { type: "tts", value: "Wait" },
      }),
    );
    expect(toApiError(error, "en")).toMatchObject({
      status: 409,
      mnemonic: "invalid_state",
      hint: "The call must be in conversation to put it on hold.",
    });
  });

  it("a call that has gone is a 404", async () => {
    const callApi = client();
    const error = await caught(() => callApi.call("release.call", { call_session_id: 4_040_404 }));
    expect(toApiError(error, "en")).toMatchObject({
      status: 404,
      mnemonic: "call_session_not_found",
    });
  });

  it("a disabled account is a 503", async () => {
    const callApi = client();
    await control.setAccount({ inactive: true });
    const body = toApiError(await caught(() => callApi.call("list.calls", {})), "en");
    expect(body).toMatchObject({ status: 503, mnemonic: "account_inactive" });
  });
});
