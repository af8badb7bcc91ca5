import { describe, expect, it } from "vitest";
import { outcome, useSimulator } from "./sim-harness";

const h = useSimulator();

async function login(loginName = "demo", password = "demo") {
  return h.call("login.user", { login: loginName, password, access_token: undefined });
}

describe("authentication", () => {
  it("logs demo/demo in with a token that expires an hour later (Unix seconds)", async () => {
    const reply = await login();
    const { access_token, expire_at } = reply.result?.data ?? {};
    expect(access_token).toMatch(/^[0-9a-f]{72}$/);
    const now = Date.parse(await h.control.now()) / 1000;
    expect(expire_at).toBe(now + 3600);
    expect(outcome(await h.call("list.calls", { access_token }))).toBe("ok");
  });

  it("logs in and out on the Data API too, with the same tokens", async () => {
    const login = await h.post(
      JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        method: "login.user",
        params: { login: "demo", password: "demo" },
      }),
      "data",
    );
    const token = login.json.result.data.access_token;
    expect(outcome(await h.data("get.tags", { access_token: token }))).toBe("ok");
    expect(outcome(await h.call("list.calls", { access_token: token }))).toBe("ok");
    expect((await h.data("logout.user", { access_token: token })).result?.data).toEqual({
      success: true,
    });
    expect(outcome(await h.data("get.tags", { access_token: token }))).toBe("access_token_invalid");
  });

  it("refuses a wrong password with -32001 auth_error and no limits", async () => {
    const reply = await login("demo", "nope");
    expect(reply.error).toMatchObject({ code: -32001, message: "Login or password is wrong" });
    expect(reply.error?.data.mnemonic).toBe("auth_error");
    expect(reply.error?.data.metadata).toBeUndefined();
    expect(outcome(await login("nobody", "demo"))).toBe("auth_error");
  });

  it("turns a temporary token into access_token_invalid after one hour of simulated time", async () => {
    const token = (await login()).result?.data.access_token;
    await h.control.advance(3599);
    expect(outcome(await h.call("list.calls", { access_token: token }))).toBe("ok");
    await h.control.advance(1);
    const reply = await h.call("list.calls", { access_token: token });
    expect(reply.error).toMatchObject({ code: -32001, data: { mnemonic: "access_token_invalid" } });
    expect(reply.error?.data.metadata).toBeUndefined();
  });

  it("ends a session with logout.user, which answers a boolean success", async () => {
    const token = (await login()).result?.data.access_token;
    const reply = await h.call("logout.user", { access_token: token });
    expect(reply.result?.data).toEqual({ success: true });
    expect(outcome(await h.call("list.calls", { access_token: token }))).toBe(
      "access_token_invalid",
    );
  });

  it("answers access_token_invalid for an unknown token", async () => {
    expect(outcome(await h.call("list.calls", { access_token: "made-up" }))).toBe(
      "access_token_invalid",
    );
  });

  it("answers access_token_expired and access_token_blocked for such permanent keys", async () => {
    const expired = await h.call("list.calls", { access_token: "expired-key" });
    expect(expired.error).toMatchObject({ code: -32001, message: "Access token has been expired" });
    const blocked = await h.call("list.calls", { access_token: "blocked-key" });
    expect(blocked.error).toMatchObject({ code: -32001, message: "Access token has been blocked" });
    await h.control.setAccount({ blockedKeys: ["demo-key"], expiredKeys: [] });
    expect(outcome(await h.call("list.calls"))).toBe("access_token_blocked");
    expect(outcome(await h.call("list.calls", { access_token: "expired-key" }))).toBe("ok");
  });

  it("invalidates every temporary token at once with the expire_tokens fault", async () => {
    const token = (await login()).result?.data.access_token;
    await h.control.injectFault({ kind: "expire_tokens" });
    expect(outcome(await h.call("list.calls", { access_token: token }))).toBe(
      "access_token_invalid",
    );
    expect(outcome(await h.call("list.calls"))).toBe("ok");
  });

  it("refuses methods outside the user's components with -32008 component_disabled", async () => {
    const basic = { access_token: "basic-key" };
    const reply = await h.call("hold.call", {
      ...basic,
      call_session_id: 1,
      contact_message: { type: "media", value: "2034" },
    });
    expect(reply.error).toMatchObject({
      code: -32008,
      message: "Component Call API Call management has been disabled",
      data: {
        mnemonic: "component_disabled",
        params: { component_name: "Call API Call management" },
      },
    });
    expect(reply.error?.data.metadata.limits).toBeDefined();
    const informer = await h.call("start.informer_call", {
      ...basic,
      virtual_phone_number: "74993720692",
      contact: "79261234567",
      contact_message: { type: "tts", value: "Hi" },
    });
    expect(informer.error?.data.params).toEqual({ component_name: "Call API Informer calls" });
    const scenario = await h.call("start.scenario_call", {
      ...basic,
      virtual_phone_number: "74993720692",
      contact: "79261234567",
      first_call: "contact",
      scenario_id: 23456,
    });
    expect(scenario.error?.data.params).toEqual({ component_name: "Call API Call scenario" });
    // The basic set itself works, and the Data API belongs to no component.
    expect(outcome(await h.call("release.call", { ...basic, call_session_id: 1 }))).toBe(
      "call_session_not_found",
    );
    expect(outcome(await h.data("get.tags", basic))).toBe("ok");
  });

  it("lets the control API add a user with chosen components and keys", async () => {
    await h.control.setUser({
      login: "informer",
      password: "pw",
      components: ["Call API Informer calls"],
      keys: ["informer-key"],
    });
    expect(outcome(await login("informer", "pw"))).toBe("ok");
    expect(outcome(await h.call("list.calls", { access_token: "informer-key" }))).toBe(
      "component_disabled",
    );
  });

  it("refuses addresses outside the IP whitelist with -32003 ip_not_whitelisted", async () => {
    await h.control.setAccount({ ipWhitelist: ["10.0.0.1"] });
    const reply = await h.call("list.calls");
    expect(reply.error).toMatchObject({
      code: -32003,
      message: "Your IP 127.0.0.1 is not whitelisted",
      data: { mnemonic: "ip_not_whitelisted", params: { ip: "127.0.0.1" } },
    });
    expect(reply.error?.data.metadata).toBeUndefined();
    expect(outcome(await login())).toBe("ip_not_whitelisted");
    await h.control.setAccount({ ipWhitelist: ["127.0.0.1"] });
    expect(outcome(await h.call("list.calls"))).toBe("ok");
    await h.control.setAccount({ ipWhitelist: null });
    expect(outcome(await h.call("list.calls"))).toBe("ok");
  });

  it("answers -32009 account_inactive for a disabled account, login included", async () => {
    await h.control.setAccount({ inactive: true });
    const reply = await h.call("list.calls");
    expect(reply.error).toMatchObject({ code: -32009, data: { mnemonic: "account_inactive" } });
    expect(outcome(await login())).toBe("account_inactive");
  });

  it("never echoes a password or token in an error", async () => {
    const reply = await h.call("login.user", {
      access_token: undefined,
      login: "demo",
      password: 5,
    });
    expect(reply.error?.data).toMatchObject({ mnemonic: "data_type_error", field: "password" });
    expect(JSON.stringify(reply)).not.toContain("demo-key");
    expect(reply.error?.data.value).toBeNull();
  });

  it("keeps the permanent key valid after a reset and drops temporary tokens", async () => {
    const token = (await login()).result?.data.access_token;
    await h.control.reset();
    expect(outcome(await h.call("list.calls", { access_token: token }))).toBe(
      "access_token_invalid",
    );
    expect(outcome(await h.call("list.calls"))).toBe("ok");
  });
});
