import { defineConfig } from "vitest/config";

/**
 * Tests that start a server, a worker thread or a process: everything under apps/<app>/test/,
 * and files beside the code named *.integration.test.ts.
 */
const integration = ["apps/*/test/**/*.test.ts", "**/*.integration.test.ts"];

// Three projects: `fast` (pure tests, `npm run test:fast`, the inner loop), `integration` (the
// simulator and the BFF on ephemeral ports) and `web-browser` (the SPA's component tests in
// Debian's Chromium). `vitest run` runs all three.
export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: "fast",
          include: [
            "packages/*/src/**/*.test.ts",
            "apps/*/src/**/*.test.ts",
            "scripts/**/*.test.ts",
          ],
          exclude: [...integration, "**/node_modules/**"],
          // Nothing here starts a process: threads start faster than forks.
          pool: "threads",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: integration,
          exclude: ["**/node_modules/**"],
          pool: "forks",
        },
      },
      "apps/web/vitest.browser.config.ts",
    ],
  },
});
