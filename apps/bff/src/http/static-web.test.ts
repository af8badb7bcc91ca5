import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { staticWeb } from "./static-web";

function builtSpa(parent = tmpdir()) {
  const dist = mkdtempSync(join(parent, "callboard-dist-"));
  mkdirSync(join(dist, "assets"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>Callboard</title>");
  writeFileSync(join(dist, "assets", "app-1a2b.js"), "console.log(1)");
  const app = express();
  app.use(staticWeb(dist));
  app.use((_req, res) => res.status(404).json({ mnemonic: "not_found" }));
  return app;
}

describe("the built SPA", () => {
  it("serves hashed assets with a year's immutable cache", async () => {
    const response = await request(builtSpa()).get("/assets/app-1a2b.js");
    expect(response.status).toBe(200);
    expect(response.headers["cache-control"]).toContain("immutable");
    expect(response.headers["cache-control"]).toContain("max-age=31536000");
  });

  it("answers client-side routes and / with index.html, never cached", async () => {
    for (const path of ["/", "/calls", "/settings/limits"]) {
      const response = await request(builtSpa()).get(path);
      expect(response.status).toBe(200);
      expect(response.text).toContain("<title>Callboard</title>");
      expect(response.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("leaves /api paths and missing assets alone", async () => {
    const app = builtSpa();
    expect((await request(app).get("/api/whatever")).body.mnemonic).toBe("not_found");
    expect((await request(app).get("/assets/missing.js")).status).toBe(404);
  });

  it("serves a build kept under a dot-directory (CALLBOARD_WEB_DIST=.../.builds/dist)", async () => {
    const hidden = join(mkdtempSync(join(tmpdir(), "callboard-")), ".builds");
    mkdirSync(hidden);
    const app = builtSpa(hidden);
    const page = await request(app).get("/");
    expect(page.status).toBe(200);
    expect(page.text).toContain("<title>Callboard</title>");
    expect((await request(app).get("/assets/app-1a2b.js")).status).toBe(200);
  });
});
