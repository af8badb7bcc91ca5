import { statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, WEBHOOK_SECRET } from "../harness";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { CALLBOARD_COOKIE_SECURE: "true" } });
});
afterAll(async () => {
  await h?.close();
});

describe("deployment defaults", () => {
  it("sends HSTS when cookies are Secure", async () => {
    const reply = await h.anonymous().get("/api/health");
    expect(reply.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  });

  it("keeps the data directory and the database to the BFF's user", () => {
    expect(statSync(h.dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(h.dataDir, "callboard.sqlite")).mode & 0o777).toBe(0o600);
  });

  it("masks the webhook secret in every logged URL however it is encoded", async () => {
    const encoded = [...WEBHOOK_SECRET].map((c) => `%${c.charCodeAt(0).toString(16)}`).join("");
    h.logLines.length = 0;
    for (const url of [
      `/api/hooks/callgear?%73ecret=${WEBHOOK_SECRET}`,
      `/api/hooks/callgear?secret[]=${WEBHOOK_SECRET}`,
      `/api/hooks/callgear?secret=${encoded}`,
      `/api/hooks/callgear/${WEBHOOK_SECRET}`,
    ]) {
      await h.anonymous().post(url).send({});
    }
    const log = h.logLines.join("\n");
    expect(h.logLines.length).toBeGreaterThanOrEqual(4);
    expect(log).not.toContain(WEBHOOK_SECRET);
    expect(log).not.toContain(encoded);
  });
});

describe("without Secure cookies (plain HTTP, the local demo)", () => {
  it("sends no HSTS", async () => {
    const plain = await startHarness();
    try {
      const reply = await plain.anonymous().get("/api/health");
      expect(reply.headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});
