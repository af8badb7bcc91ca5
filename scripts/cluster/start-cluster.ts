/**
 * npm run cluster: installs Redis and HAProxy when missing (root only), builds the SPA and the
 * BFF bundle, then starts Redis, the simulator, three BFF instances and HAProxy in front, all
 * on loopback. Ctrl-C stops everything and removes the data.
 *
 *   npm run cluster [-- --instances N --port PORT --no-build]
 */
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { startCluster } from "./cluster";

const { values } = parseArgs({
  options: {
    instances: { type: "string", default: "3" },
    port: { type: "string", default: "8090" },
    "no-build": { type: "boolean", default: false },
  },
});

execFileSync(process.execPath, ["scripts/ensure-services.mjs"], { stdio: "inherit" });
if (!values["no-build"]) execFileSync("npm", ["run", "build"], { stdio: "inherit" });
const cluster = await startCluster({
  instances: Number(values.instances),
  port: Number(values.port),
  logs: "inherit",
  // As npm start's demo: a day budget that keeps reconciliations frequent all day.
  simEnv: { SIM_DAY_LIMIT: "1000000" },
});
console.log(
  `Callboard cluster at ${cluster.url} (HAProxy) in front of ${cluster.instances
    .map((i) => `${i.id} ${i.url}`)
    .join(", ")}; Redis ${cluster.redis.url}; simulator ${cluster.simUrl}. ` +
    "Demo accounts operator / supervisor / admin, password demo. Ctrl-C stops it.",
);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await cluster.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
