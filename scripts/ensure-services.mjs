// The cluster (npm run cluster) and its test suite run Redis and HAProxy from
// Debian's packages. Installs the missing ones with apt when we are root; otherwise says exactly
// what to install. `--check` only reports (exit 1 when something is missing).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const wanted = [
  { pkg: "redis-server", present: () => existsSync("/usr/bin/redis-server") },
  { pkg: "haproxy", present: () => existsSync("/usr/sbin/haproxy") },
];

function main() {
  const missing = wanted.filter((item) => !item.present()).map((item) => item.pkg);
  if (missing.length === 0) return 0;
  const command = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (process.argv.includes("--check") || !isRoot) {
    console.error(
      `Missing Debian packages: ${missing.join(", ")}. Install them with:\n  sudo apt-get update && sudo ${command}`,
    );
    return 1;
  }
  console.log(`Installing ${missing.join(", ")} from Debian's packages...`);
  // Another install may hold apt's lock for a while: wait up to 10 minutes for it.
  const lock = ["-o", "DPkg::Lock::Timeout=600"];
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  try {
    execFileSync("apt-get", [...lock, "update", "-qq"], { stdio: "inherit", env });
    execFileSync(
      "apt-get",
      [...lock, "install", "-y", "-qq", "--no-install-recommends", ...missing],
      {
        stdio: "inherit",
        env,
      },
    );
  } catch {
    console.error(`Installing failed. Run: apt-get update && ${command}`);
    return 1;
  }
  const still = wanted.filter((item) => !item.present()).map((item) => item.pkg);
  if (still.length > 0) {
    console.error(`apt finished, but these are still missing: ${still.join(", ")}`);
    return 1;
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
