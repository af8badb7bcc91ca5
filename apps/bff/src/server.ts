import { createServer, type Server } from "node:http";
import type { RunningSimulator } from "@callboard/callapi-sim";
import { createApp } from "./app";
import { ConfigError, loadConfig } from "./config";
import { openDatabase } from "./db/open-database";
import { startWalCheckpointer } from "./db/wal-checkpointer";
import { createHardenedServer } from "./http/harden-server";
import { createLimitsTracker } from "./limits/tracker";
import { createLogger } from "./logging/logger";
import { buildNotificationKit } from "./notifications/notification-kit";
import { metricsApp } from "./ops/metrics-app";
import { upstreamReachable } from "./ops/readiness";
import type { RedisSeams } from "./redis/connect-redis";
import { createCallApiClient } from "./upstream";
import { demoEmployees, seedDemoUsers } from "./users/demo-users";
import { UserStore } from "./users/user-store";

function isWildcard(host: string): boolean {
  return host === "0.0.0.0" || host === "::" || host === "[::]";
}

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel, undefined, config.instanceId);

  let simulator: RunningSimulator | undefined;
  let urls: { callApiUrl: string; dataApiUrl: string };
  if (config.upstream.mode === "simulator") {
    // Loaded only for the demo, so a BFF in front of the live service never carries the simulator.
    const { loadSimOptions, startSimulator } = await import("@callboard/callapi-sim");
    // The demo account's day budget is generous (unless SIM_DAY_LIMIT says otherwise) so that
    // a demo left running for days keeps its reconciliations frequent; its events come from the
    // notifications configured below, as on a real account.
    // The demo account lives in Callboard's zone, so its working day and times agree.
    simulator = await startSimulator(
      loadSimOptions(undefined, {
        limits: { day: 1_000_000 },
        timeZone: config.reconcile.timeZone,
      }),
    );
    urls = { callApiUrl: simulator.callApiUrl, dataApiUrl: simulator.dataApiUrl };
  } else {
    urls = { callApiUrl: config.upstream.callApiUrl, dataApiUrl: config.upstream.dataApiUrl };
  }

  let limits = createLimitsTracker({ weights: config.reconcile.weights });
  let redis: RedisSeams | undefined;
  if (config.redisUrl) {
    // Loaded only with REDIS_URL, so the embedded default never loads the Redis client.
    const { connectRedis } = await import("./redis/connect-redis");
    redis = await connectRedis({
      url: config.redisUrl,
      instanceId: config.instanceId,
      leaderTtlMs: config.leaderTtlMs,
      limits,
      logger,
    });
    limits = redis.limits;
  }
  const callApi = createCallApiClient({
    ...urls,
    credentials: config.upstream.credentials,
    timeoutMs: config.upstreamTimeoutMs,
    onMetadata: (metadata, method, outcome) => limits.record(metadata, method, outcome),
    logger: logger.child({ component: "upstream" }),
  });
  const db = openDatabase(config.dataDir);
  const checkpoints = startWalCheckpointer(db, {
    onError: (error) =>
      logger.error({ err: error }, "WAL checkpointer failed; the database checkpoints inline"),
  });
  const users = new UserStore(db);
  if (simulator || config.demoUsers) await seedDemoUsers(users, await demoEmployees(callApi));
  else users.removeDemoUsers();

  const created = createApp({
    config,
    callApi,
    db,
    limits,
    logger,
    // The simulator serves the demo's recordings at its own URL.
    recordingsUrl: simulator?.url,
    bus: redis?.bus,
    lock: redis?.lock,
    isLeader: redis ? () => redis.lock.held() : undefined,
    directoryCache: redis?.directoryCache,
    shareNotices: redis?.shareNotices,
    claimJob: redis?.claim,
    readinessChecks: {
      upstream: upstreamReachable(urls.callApiUrl),
      ...(redis ? { redis: redis.ping } : {}),
    },
  });
  if (redis) {
    redis.bus.attachSnapshot(() => created.feed.state.snapshot());
    await redis.bus.resync();
  }
  const server: Server = createHardenedServer(created.app, config.limits, (dropped) =>
    logger.warn(
      { dropped, maxConnections: config.limits.maxConnections },
      "connections refused: the connection cap is reached",
    ),
  ).listen(config.port, config.host);
  await listening(server);
  let metricsServer: Server | undefined;
  if (created.metrics && config.metrics.port !== undefined) {
    metricsServer = createServer(metricsApp(created.metrics)).listen(
      config.metrics.port,
      config.host,
    );
    await listening(metricsServer);
  }
  const url = `http://${config.host}:${config.port}`;
  if (simulator && config.webhookSecret) {
    // The demo's account is configured as an admin would configure CallGear: the kit's eight
    // notifications, posted to this BFF.
    const reachable = `http://${isWildcard(config.host) ? "127.0.0.1" : config.host}:${config.port}`;
    const kit = buildNotificationKit(reachable, config.webhookSecret);
    simulator.configureNotifications(
      kit.events.map((entry) => ({ trigger: entry.event, url: kit.url, body: entry.body })),
    );
  }
  logger.info(
    simulator
      ? {
          url,
          upstream: simulator.url,
          demoAccounts: "operator, supervisor, admin (password: demo)",
        }
      : { url, upstream: urls.callApiUrl },
    simulator
      ? `Callboard at ${url} with the bundled simulator; demo accounts operator / supervisor / admin, password demo`
      : `Callboard at ${url}`,
  );
  if (!simulator && !config.demoUsers && users.count() === 0) {
    logger.warn(
      "No users yet: create the first admin with `npm run create-admin -- --username NAME`",
    );
  }

  let closing = false;
  // Drain: not ready (the load balancer stops sending new requests), no new connections, the
  // actions in flight finish (up to the drain timeout), then the event streams end with a
  // short retry hint so the browsers reconnect, through the load balancer, to another instance.
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal, inFlight: created.inFlight.size }, "draining");
    created.readiness.draining = true;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const finished = await created.inFlight.idle(config.drainTimeoutMs);
    if (!finished) logger.warn({ inFlight: created.inFlight.size }, "drain timed out");
    created.close(250);
    server.closeAllConnections();
    await closed;
    metricsServer?.close();
    await redis?.close();
    await callApi.close();
    await checkpoints.stop();
    db.close();
    await simulator?.close();
    logger.info("stopped");
    logger.flush();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

function listening(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
}

void main().catch((error: unknown) => {
  console.error("Callboard failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
