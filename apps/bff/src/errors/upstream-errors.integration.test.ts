import { describe, expect, it } from "vitest";
import { caught, robot, useSimHarness } from "../../test/upstream-harness";
import { toApiError } from "./to-api-error";

// The simulator's refusals, through the client, as the SPA will read them.
const t = useSimHarness();

function client() {
  return t.client({ kind: "key", accessKey: robot.key }).client;
}

describe("upstream refusals as ApiError bodies", () => {
  it("a spent minute budget is a 429 that says when to retry", async () => {
    const callApi = client();
    await t.control.setLimits({ minute_remaining: 0 });
    const error = await caught(() => callApi.call("list.calls", {}));
    const body = toApiError(error, "en", { method: "list.calls" });
    expect(body).toMatchObject({ status: 429, mnemonic: "limit_exceeded", code: -32029 });
    expect(body.message).toMatch(/limit per minute has been used up/);
    expect(body.retryAfterSeconds).toBeGreaterThan(0);
    expect(body.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("a server off the whitelist is a 503 telling the admin what to do", async () => {
    const callApi = client();
    await t.control.setAccount({ ipWhitelist: ["198.51.100.1"] });
    const body = toApiError(await caught(() => callApi.call("list.calls", {})), "ru");
    expect(body).toMatchObject({ status: 503, mnemonic: "ip_not_whitelisted", code: -32003 });
    expect(body.hint).toMatch(/белый список/);
  });

  it("a disabled component is a 403 naming it", async () => {
    const callApi = client();
    await t.control.setUser({
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
    const created = await t.control.createCall({ state: "hold" });
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
    await t.control.setAccount({ inactive: true });
    const body = toApiError(await caught(() => callApi.call("list.calls", {})), "en");
    expect(body).toMatchObject({ status: 503, mnemonic: "account_inactive" });
  });
});
