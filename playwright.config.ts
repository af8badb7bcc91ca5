import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.config";

// Browser journeys against the whole stack: the BFF serving the built SPA, with the bundled
// simulator embedded in it. Ports differ from `npm start` so a running demo does not interfere.
// E2E_PORT moves both, so two checkouts can run their journeys side by side.
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8180);
export const E2E_SIM_PORT = E2E_PORT + 1;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.e2e.ts",
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: "retain-on-failure",
    viewport: { width: 1600, height: 900 },
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], viewport: { width: 1600, height: 900 } },
    },
  ],
  webServer: [
    {
      // The production bundle, as `npm start` serves it; rebuilt here (esbuild, quick) so a run
      // never tests a stale bundle after a BFF change, as the tsx-run source never could.
      command: "npx tsx scripts/build-bff.ts && npm run serve --silent",
      url: `http://127.0.0.1:${E2E_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        CALLBOARD_PORT: String(E2E_PORT),
        SIM_PORT: String(E2E_SIM_PORT),
        SIM_CONTROL: "1",
        SIM_CLOCK: "manual",
        SIM_INBOUND_PER_MINUTE: "0",
        // A real account's minute budget; a day budget the reconciliation plan never has to
        // stretch over the working day, so journeys see each change within a poll or two.
        SIM_MINUTE_LIMIT: "150",
        SIM_DAY_LIMIT: "100000000",
        CALLBOARD_DATA_DIR: "test-results/e2e-data",
        CALLBOARD_FRESH_DATA: "1",
        CALLBOARD_POLL_INTERVAL_MS: "300",
        LOG_LEVEL: "warn",
      },
    },
  ],
});
