import { describe, expect, it } from "vitest";
import { createTokenManager, type UpstreamSession } from "./token-manager";
import { UpstreamError } from "./upstream-error";

const hour = 3_600_000;

/** A token manager whose login is scripted, on a clock the test moves. */
function scripted(answers: (() => UpstreamSession)[]) {
  let nowMs = Date.parse("2026-11-26T10:00:00Z");
  let logins = 0;
  const tokens = createTokenManager({
    credentials: { kind: "login", login: "robot", password: "Pa55" },
    now: () => nowMs,
    login: async () => {
      const answer = answers[logins++];
      if (!answer) throw new Error("no more logins scripted");
      return answer();
    },
  });
  return {
    tokens,
    logins: () => logins,
    at: () => nowMs,
    advance: (ms: number) => {
      nowMs += ms;
    },
  };
}

const authError = () =>
  new UpstreamError({ kind: "rpc", method: "login.user", code: -32001, mnemonic: "auth_error" });

describe("token lifetime by our clock", () => {
  it("renews 5 minutes before expire_at, not earlier", async () => {
    const clock = scripted([
      () => ({ access_token: "t1", expire_at: (clock.at() + hour) / 1000 }),
      () => ({ access_token: "t2", expire_at: (clock.at() + hour) / 1000 }),
    ]);
    expect(await clock.tokens.token()).toBe("t1");
    clock.advance(54 * 60_000);
    expect(await clock.tokens.token()).toBe("t1");
    clock.advance(2 * 60_000);
    expect(await clock.tokens.token()).toBe("t2");
    expect(clock.logins()).toBe(2);
  });

  it("assumes the documented hour when expire_at is already past by our clock", async () => {
    const clock = scripted([
      () => ({ access_token: "t1", expire_at: (clock.at() - 5 * hour) / 1000 }),
      () => ({ access_token: "t2", expire_at: 0 }),
    ]);
    expect(await clock.tokens.token()).toBe("t1");
    clock.advance(30 * 60_000);
    expect(await clock.tokens.token()).toBe("t1");
    clock.advance(26 * 60_000);
    expect(await clock.tokens.token()).toBe("t2");
  });

  it("keeps a still-valid token when its renewal fails", async () => {
    const clock = scripted([
      () => ({ access_token: "t1", expire_at: (clock.at() + hour) / 1000 }),
      () => {
        throw new UpstreamError({ kind: "timeout", method: "login.user" });
      },
    ]);
    await clock.tokens.token();
    clock.advance(57 * 60_000);
    expect(await clock.tokens.token()).toBe("t1");
  });

  it("answers a refused login from memory for 10 s, then asks again", async () => {
    const clock = scripted([
      () => {
        throw authError();
      },
      () => ({ access_token: "t1", expire_at: (clock.at() + hour) / 1000 }),
    ]);
    await expect(clock.tokens.token()).rejects.toMatchObject({ mnemonic: "auth_error" });
    clock.advance(5_000);
    await expect(clock.tokens.token()).rejects.toMatchObject({ mnemonic: "auth_error" });
    expect(clock.logins()).toBe(1);
    clock.advance(5_001);
    expect(await clock.tokens.token()).toBe("t1");
    expect(clock.logins()).toBe(2);
  });

  it("forgets only the token that was refused", async () => {
    const clock = scripted([
      () => ({ access_token: "t1", expire_at: (clock.at() + hour) / 1000 }),
      () => ({ access_token: "t2", expire_at: (clock.at() + hour) / 1000 }),
    ]);
    await clock.tokens.token();
    clock.tokens.invalidate("t1");
    expect(await clock.tokens.token()).toBe("t2");
    // A late refusal of the old token must not throw the new one away.
    clock.tokens.invalidate("t1");
    expect(await clock.tokens.token()).toBe("t2");
    expect(clock.logins()).toBe(2);
    expect(clock.tokens.secrets()).toEqual(["Pa55", "t1", "t2"]);
  });
});
