import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config";

const dataDir = () => mkdtempSync(join(tmpdir(), "callboard-config-"));

describe("config of several instances", () => {
  it("keeps everything in-process and metrics off by default", () => {
    const config = loadConfig({ CALLBOARD_DATA_DIR: dataDir() });
    expect(config.redisUrl).toBeUndefined();
    expect(config.metrics).toEqual({ port: undefined, token: undefined });
    expect(config.instanceId).toMatch(/-\d+$/);
    expect(config.drainTimeoutMs).toBe(10_000);
    expect(config.leaderTtlMs).toBe(5_000);
  });

  it("reads Redis, the metrics port and token, and the instance id", () => {
    const config = loadConfig({
      CALLBOARD_DATA_DIR: dataDir(),
      REDIS_URL: "redis://10.0.0.5:6379/2",
      CALLBOARD_METRICS_PORT: "9464",
      CALLBOARD_METRICS_TOKEN: "t".repeat(20),
      CALLBOARD_INSTANCE_ID: "bff-2",
    });
    expect(config.redisUrl).toBe("redis://10.0.0.5:6379/2");
    expect(config.metrics).toEqual({ port: 9464, token: "t".repeat(20) });
    expect(config.instanceId).toBe("bff-2");
  });

  it("refuses a Redis URL of another scheme, a short token and a bad instance id", () => {
    let problems: string[] = [];
    try {
      loadConfig({
        CALLBOARD_DATA_DIR: dataDir(),
        REDIS_URL: "http://10.0.0.5:6379",
        CALLBOARD_METRICS_TOKEN: "short",
        CALLBOARD_INSTANCE_ID: "bff 2",
      });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "CALLBOARD_INSTANCE_ID",
      "REDIS_URL",
      "CALLBOARD_METRICS_TOKEN",
    ]);
  });
});
