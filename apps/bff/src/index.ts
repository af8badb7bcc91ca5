// @callboard/bff: the backend-for-frontend, for tests, benchmarks and server.ts.
export { type AppDeps, BFF_VERSION, type CreatedApp, createApp } from "./app";
export { type Config, ConfigError, loadConfig } from "./config";
export { openDatabase } from "./db/open-database";
export { createLogger } from "./logging/logger";
export { seedDemoUsers } from "./users/demo-users";
export { UserStore } from "./users/user-store";
