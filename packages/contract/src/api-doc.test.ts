import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderApiDoc } from "./api-doc";
import { routes } from "./routes";

const docPath = fileURLToPath(new URL("../../../docs/api.md", import.meta.url));

describe("docs/api.md", () => {
  it("matches the contract (run `npm run docs:api` after changing a route)", () => {
    expect(readFileSync(docPath, "utf8")).toBe(renderApiDoc());
  });

  it("lists every route with its access rule", () => {
    const doc = renderApiDoc();
    for (const route of Object.values(routes)) {
      expect(doc).toContain(`\`${route.method} ${route.path}\``);
    }
    expect(doc).toMatch(/`POST \/api\/calls\/:id\/coach` \| coach \| supervisor\+/);
  });
});
