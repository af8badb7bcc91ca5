import { isTimeZone } from "@callboard/callapi";
import { z } from "zod";
import { DEFAULT_DELIVERY } from "./notify/notification-schemas";
import type { SimOptions } from "./sim-options";

const rate = z.coerce.number().min(0).max(1);
const delayMs = z.coerce.number().int().min(0).max(10_000);

const envSchema = z
  .object({
    SIM_HOST: z.string().min(1).default("127.0.0.1"),
    SIM_PORT: z.coerce.number().int().min(0).max(65_535).default(8081),
    SIM_SEED: z.coerce.number().int().default(1),
    SIM_CLOCK: z.enum(["real", "manual"]).default("real"),
    SIM_CONTROL: z.enum(["0", "1"]).default("0"),
    SIM_LANGUAGE: z.enum(["en", "ru"]).default("en"),
    SIM_INBOUND_PER_MINUTE: z.coerce.number().min(0).max(600).default(2),
    SIM_MINUTE_LIMIT: z.coerce.number().int().min(0).optional(),
    SIM_DAY_LIMIT: z.coerce.number().int().min(0).optional(),
    SIM_LOG_REQUESTS: z.enum(["0", "1"]).default("0"),
    SIM_EXAMPLE_CALLS: z.enum(["0", "1"]).default("1"),
    SIM_TIMEZONE: z
      .string()
      .refine(isTimeZone, "not a time zone the runtime knows (e.g. Europe/Moscow)")
      .optional(),
    SIM_NOTIFY_DELAY_MIN_MS: delayMs.default(DEFAULT_DELIVERY.delayMinMs),
    SIM_NOTIFY_DELAY_MAX_MS: delayMs.default(DEFAULT_DELIVERY.delayMaxMs),
    SIM_NOTIFY_REORDER_RATE: rate.default(DEFAULT_DELIVERY.reorderRate),
    SIM_NOTIFY_DUPLICATE_RATE: rate.default(DEFAULT_DELIVERY.duplicateRate),
    SIM_REPORT_CAPACITY: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
  })
  .refine((env) => env.SIM_NOTIFY_DELAY_MIN_MS <= env.SIM_NOTIFY_DELAY_MAX_MS, {
    message: "must not be below SIM_NOTIFY_DELAY_MIN_MS",
    path: ["SIM_NOTIFY_DELAY_MAX_MS"],
  });

/** What a real account reported: 150 points a minute, 750 a day. */
const ACCOUNT_LIMITS = { minute: 150, day: 750 };

/**
 * The simulator's options from SIM_* environment variables; refuses bad values, listing all.
 * `defaults.limits` replaces the real account's limits where SIM_MINUTE_LIMIT / SIM_DAY_LIMIT
 * are not set (an embedding app with its own needs, e.g. the demo).
 */
export function loadSimOptions(
  env: NodeJS.ProcessEnv = process.env,
  defaults: { limits?: { minute?: number; day?: number }; timeZone?: string } = {},
): SimOptions {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new Error(`invalid simulator configuration:\n${problems.join("\n")}`);
  }
  const config = parsed.data;
  return {
    host: config.SIM_HOST,
    port: config.SIM_PORT,
    seed: config.SIM_SEED,
    clock: config.SIM_CLOCK,
    control: config.SIM_CONTROL === "1",
    language: config.SIM_LANGUAGE,
    inboundPerMinute: config.SIM_INBOUND_PER_MINUTE,
    limits: {
      minute: config.SIM_MINUTE_LIMIT ?? defaults.limits?.minute ?? ACCOUNT_LIMITS.minute,
      day: config.SIM_DAY_LIMIT ?? defaults.limits?.day ?? ACCOUNT_LIMITS.day,
    },
    logRequests: config.SIM_LOG_REQUESTS === "1",
    exampleCalls: config.SIM_EXAMPLE_CALLS === "1",
    timeZone: config.SIM_TIMEZONE ?? defaults.timeZone ?? "Europe/Moscow",
    notificationDelivery: {
      delayMinMs: config.SIM_NOTIFY_DELAY_MIN_MS,
      delayMaxMs: config.SIM_NOTIFY_DELAY_MAX_MS,
      reorderRate: config.SIM_NOTIFY_REORDER_RATE,
      duplicateRate: config.SIM_NOTIFY_DUPLICATE_RATE,
    },
    reportCapacity: config.SIM_REPORT_CAPACITY,
  };
}
