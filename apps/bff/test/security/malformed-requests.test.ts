import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "../harness";

const webDist = mkdtempSync(join(tmpdir(), "callboard-web-"));
mkdirSync(join(webDist, "assets"));
writeFileSync(join(webDist, "index.html"), "<!doctype html><title>Callboard</title>");
writeFileSync(join(webDist, "assets", "app-1a2b.js"), "console.log(1)");

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { CALLBOARD_WEB_DIST: webDist } });
});
afterAll(async () => {
  await h?.close();
  rmSync(webDist, { recursive: true, force: true });
});
beforeEach(() => {
  h.logLines.length = 0;
});

/** Log lines at error level (pino level 50) or above. */
const errorLines = () =>
  h.logLines.filter((line) => (JSON.parse(line) as { level: number }).level >= 50);

describe("a cookie that does not decode", () => {
  it.each(["%", "%E0%A4%A", "%%%", "a%zz"])(
    "callboard_session=%s is no session, not a 500",
    async (value) => {
      for (const path of ["/api/session", "/api/calls", "/api/health", "/"]) {
        const reply = await h.anonymous().get(path).set("Cookie", `callboard_session=${value}`);
        expect({ path, status: reply.status }).toMatchObject({
          status: path === "/api/health" || path === "/" ? 200 : 401,
        });
      }
      expect(errorLines()).toEqual([]);
    },
  );

  it("still finds a good session cookie beside a broken one", async () => {
    const agent = await h.login("operator");
    const reply = await agent
      .get("/api/session")
      .set("Cookie", `other=%; ${await cookieOf("operator")}`);
    expect(reply.status).toBe(200);
  });
});

async function cookieOf(username: string): Promise<string> {
  const reply = await h.anonymous().post("/api/session").send({ username, password: "demo" });
  return String((reply.headers["set-cookie"] as unknown as string[])[0]).split(";")[0] ?? "";
}

describe("paths that name nothing", () => {
  it.each([
    ["/assets/nonexistent.js", 404],
    ["/assets/%", 400],
    ["/%", 400],
    ["/assets/..%2f..%2fpackage.json", 404],
    ["/assets/%2e%2e/%2e%2e/package.json", 404],
    ["/..%2f..%2f..%2fetc%2fpasswd", 200],
    ["/assets/..%5c..%5cindex.html", 404],
    ["/%2e%2e%2f%2e%2e%2fpackage.json", 200],
  ])("GET %s answers %i, logged below error, no path in the log", async (path, status) => {
    const reply = await h.anonymous().get(path);
    expect(reply.status).toBe(status);
    // Traversal stays blocked: no file outside the build is ever sent.
    expect(reply.text).not.toContain('"name"');
    expect(reply.text).not.toContain("root:");
    expect(errorLines()).toEqual([]);
    expect(h.logLines.join("\n")).not.toContain(webDist);
  });
});
