import { defineConfig } from "vitest/config";

// One Vitest run for the whole repo: unit and integration tests sit beside the code (Node), and
// the SPA's component tests run in Debian's Chromium (apps/web/vitest.browser.config.ts).
// Integration tests start the simulator and the BFF on ephemeral ports, so files may run in parallel.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/*/src/**/*.test.ts",
            "apps/*/test/**/*.test.ts",
          ],
          environment: "node",
          pool: "forks",
        },
      },
      "apps/web/vitest.browser.config.ts",
    ],
  },
});
