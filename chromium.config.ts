// Debian's Chromium and its flags, shared by the browser journeys (playwright.config.ts) and the
// SPA's component tests in the browser (apps/web/vitest.browser.config.ts): nothing downloads a
// browser of its own. CHROMIUM_PATH points elsewhere when needed.
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
