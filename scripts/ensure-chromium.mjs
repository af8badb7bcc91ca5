// Playwright drives Debian's Chromium (no browser download is possible here).
// Installs it with apt when it is missing and we are root; otherwise says exactly what to do.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (existsSync(chromium)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Chromium is missing at ${chromium}. Install it with:\n  sudo apt-get update && sudo apt-get install -y chromium\n` +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
  process.exit(1);
}
console.log(`Chromium is missing at ${chromium}: installing Debian's chromium package...`);
try {
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
} catch {
  console.error("Installing Chromium failed. Run: apt-get update && apt-get install -y chromium");
  process.exit(1);
}
if (!existsSync(chromium)) {
  console.error(`apt installed chromium, but ${chromium} is still missing.`);
  process.exit(1);
}
