import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { mantineClasses } from "./mantine-classes";

const require = createRequire(import.meta.url);

describe("the Mantine class names the plain elements borrow", () => {
  for (const [file, classes] of Object.entries(mantineClasses)) {
    it(`exist in @mantine/core/styles/${file}`, () => {
      const css = readFileSync(require.resolve(`@mantine/core/styles/${file}`), "utf8");
      for (const name of Object.values(classes)) expect(css).toContain(`.${name}`);
    });
  }
});
