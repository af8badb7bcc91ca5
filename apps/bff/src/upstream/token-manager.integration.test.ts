import { describe, expect, it } from "vitest";
import { caught, type clientKit, robot, useSimHarness } from "../../test/upstream-harness";
import type { UpstreamError } from "./upstream-error";

const t = useSimHarness();

function loginClient(
  password: string = robot.password,
  overrides: Parameters<typeof clientKit>[2] = {},
) {
  return t.client({ kind: "login", login: robot.login, password }, overrides);
}

/** Everything an error exposes: its text, its JSON, its stack. */
const exposed = (error: unknown) =>
  `${String(error)} ${JSON.stringify(error)} ${(error as Error).stack ?? ""}`;

describe("the token manager", () => {
  it("logs in once for ten concurrent calls", async () => {
    const { client, tokensSent } = loginClient();
    const replies = await Promise.all(
      Array.from({ length: 10 }, () => client.call("list.calls", {})),
    );
    expect(replies).toHaveLength(10);
    expect(await t.control.requests("login.user")).toHaveLength(1);
    expect(new Set(tokensSent()).size).toBe(1);
  });

  it("keeps its session across calls though CallGear's clock is far from ours", async () => {
    // The simulator's manual clock starts at a fixed date; ours is the wall clock.
    const { client } = loginClient();
    for (let call = 0; call < 3; call++) await client.call("list.calls", {});
    expect(await t.control.requests("login.user")).toHaveLength(1);
  });

  it("logs in again once when CallGear refuses the token, and retries the request once", async () => {
    const { client } = loginClient();
    await client.call("list.calls", {});
    const created = await t.control.createCall({ state: "talk" });
    await t.control.injectFault({ kind: "expire_tokens" });
    await t.control.clearRequests();

    const held = await client.call("hold.call", {
      call_session_id: created.call_session_id,
      contact_message: { type: "tts", value: "One moment" },
    });
    expect(held.success).toBe(true);
    expect(await t.control.requests("login.user")).toHaveLength(1);
    expect(await t.control.requests("hold.call")).toHaveLength(2);
  });

  it("shares one new login among concurrent calls whose token was refused", async () => {
    const { client } = loginClient();
    await client.call("list.calls", {});
    await t.control.injectFault({ kind: "expire_tokens" });
    await t.control.clearRequests();
    await Promise.all(Array.from({ length: 5 }, () => client.call("list.talk_options", {})));
    expect(await t.control.requests("login.user")).toHaveLength(1);
    expect(await t.control.requests("list.talk_options")).toHaveLength(10);
  });

  it("renews the session before expire_at, by the injected clock", async () => {
    let nowMs = Date.parse(await t.control.now());
    const { client, tokensSent } = loginClient(robot.password, { now: () => nowMs });
    await client.call("list.calls", {});

    nowMs = Date.parse(await t.control.advance(50 * 60));
    await client.call("list.calls", {});
    expect(await t.control.requests("login.user")).toHaveLength(1);

    nowMs = Date.parse(await t.control.advance(6 * 60));
    await client.call("list.calls", {});
    expect(await t.control.requests("login.user")).toHaveLength(2);
    // Renewed before sending: no call went out with the dying token and came back refused.
    expect(await t.control.requests("list.calls")).toHaveLength(3);
    const [first, , third] = tokensSent();
    expect(third).not.toBe(first);
  });

  it("surfaces a wrong password as auth_error, without a login loop", async () => {
    const { client, logLines } = loginClient("wrong-Pa55-w0rd");
    const first = await caught(() => client.call("list.calls", {}));
    expect(first).toMatchObject({ kind: "rpc", code: -32001, mnemonic: "auth_error" });
    const second = await caught(() => client.call("list.calls", {}));
    expect(second).toMatchObject({ mnemonic: "auth_error" });
    expect(await t.control.requests("login.user")).toHaveLength(1);
    expect(await t.control.requests("list.calls")).toHaveLength(0);
    expect(exposed(first)).not.toContain("wrong-Pa55-w0rd");
    expect(JSON.stringify(logLines)).not.toContain("wrong-Pa55-w0rd");
  });

  it("does not log in or retry for a refused permanent key", async () => {
    const { client } = t.client({ kind: "key", accessKey: "expired-key" });
    const error = await caught(() => client.call("list.calls", {}));
    expect(error).toMatchObject({ kind: "rpc", code: -32001, mnemonic: "access_token_expired" });
    expect(await t.control.requests("list.calls")).toHaveLength(1);
    expect(await t.control.requests("login.user")).toHaveLength(0);
    expect(exposed(error)).not.toContain("expired-key");
  });

  it("logs in afresh after logout.user", async () => {
    const { client } = loginClient();
    await client.call("list.calls", {});
    await client.call("logout.user", {});
    await client.call("list.calls", {});
    expect(await t.control.requests("login.user")).toHaveLength(2);
  });

  it("keeps the password and tokens out of every error and log line", async () => {
    const { client, logLines, tokensSent } = loginClient(robot.password, { timeoutMs: 1_000 });
    await client.call("list.calls", {});
    const errors: unknown[] = [];
    errors.push(
      await caught(() =>
        client.call("hold.call", {
          call_session_id: 999_999,
          contact_message: { type: "tts", value: "x" },
        }),
      ),
    );
    errors.push(await caught(() => client.call("tag.call", { call_session_id: -1 } as never)));
    await t.control.injectFault({ kind: "delay", delayMs: 3_000, method: "unhold.call" });
    errors.push(await caught(() => client.call("unhold.call", { call_session_id: 1 })));
    expect((errors as UpstreamError[]).map((error) => error.kind)).toEqual([
      "rpc",
      "rpc",
      "timeout",
    ]);

    const secrets = [robot.password, ...tokensSent()];
    expect(secrets.length).toBeGreaterThan(1);
    for (const error of errors) {
      for (const secret of secrets) expect(exposed(error)).not.toContain(secret);
    }
    for (const secret of secrets) expect(JSON.stringify(logLines)).not.toContain(secret);
  });
});
