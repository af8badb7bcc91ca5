import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineProject } from "vitest/config";
import { chromiumArgs, chromiumPath } from "../../chromium.config";

// The SPA's component tests (`*.browser.test.tsx`): real focus, keyboard and layout in Debian's
// Chromium, driven by Playwright, one browser for the whole project (the machines have 2 cores).
export default defineProject({
  plugins: [react()],
  test: {
    name: "web-browser",
    include: ["src/**/*.browser.test.tsx"],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      }),
      instances: [{ browser: "chromium" }],
      fileParallelism: false,
      viewport: { width: 1280, height: 800 },
    },
  },
});
