import { defineConfig } from "vitest/config";

// One Vitest run for the whole repo: unit and integration tests sit beside the code.
// Integration tests start the simulator and the BFF on ephemeral ports, so files may run in parallel.
export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "apps/*/src/**/*.test.ts",
      "apps/*/test/**/*.test.ts",
      "scripts/**/*.test.ts",
    ],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: "forks",
  },
});
