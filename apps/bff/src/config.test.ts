import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

const dataDir = () => mkdtempSync(join(tmpdir(), "callboard-config-"));

describe("config", () => {
  it("defaults to the bundled simulator with the demo login, and keeps a generated session secret", () => {
    const dir = dataDir();
    const config = loadConfig({ CALLBOARD_DATA_DIR: dir });
    expect(config.upstream).toEqual({
      mode: "simulator",
      credentials: { kind: "login", login: "demo", password: "demo" },
    });
    expect(config.port).toBe(8080);
    expect(config.host).toBe("127.0.0.1");
    expect(config.pollIntervalMs).toBe(1000);
    expect(config.cookieSecure).toBe(false);
    expect(config.defaultHoldMessage).toEqual({ type: "tts", value: "Please stay on the line." });
    expect(loadConfig({ CALLBOARD_DATA_DIR: dir }).sessionSecret).toBe(config.sessionSecret);
  });

  it("derives the Data API of the live service and turns secure cookies on", () => {
    const config = loadConfig({
      CALLBOARD_DATA_DIR: dataDir(),
      CALLAPI_URL: "https://callapi.callgear.com/v4.0/",
      CALLAPI_ACCESS_KEY: "k",
      CALLBOARD_SESSION_SECRET: "s".repeat(40),
      CALLBOARD_DEFAULT_HOLD_MESSAGE: "media:12",
    });
    expect(config.upstream).toMatchObject({
      mode: "live",
      callApiUrl: "https://callapi.callgear.com/v4.0",
      dataApiUrl: "https://dataapi.callgear.com/v2.0",
      credentials: { kind: "key", accessKey: "k" },
    });
    expect(config.cookieSecure).toBe(true);
    expect(config.defaultHoldMessage).toEqual({ type: "media", value: "12" });
  });

  it("lists every problem at once", () => {
    let error: unknown;
    try {
      loadConfig({
        CALLBOARD_DATA_DIR: dataDir(),
        CALLAPI_URL: "http://127.0.0.1:9/v4.0",
        CALLAPI_LOGIN: "x",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join("\n");
    expect(problems).toContain("CALLAPI_PASSWORD");
    expect(problems).toContain("DATAAPI_URL");
    expect(problems).toContain("CALLBOARD_SESSION_SECRET");
    expect(() =>
      loadConfig({ CALLBOARD_PORT: "http", CALLBOARD_POLL_INTERVAL_MS: "5", CALLAPI_URL: "x" }),
    ).toThrow(/CALLBOARD_PORT[\s\S]*CALLBOARD_POLL_INTERVAL_MS[\s\S]*CALLBOARD_SESSION_SECRET/);
  });
});
