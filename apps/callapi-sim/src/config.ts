import { z } from "zod";
import type { SimOptions } from "./sim-options";

const envSchema = z.object({
  SIM_HOST: z.string().min(1).default("127.0.0.1"),
  SIM_PORT: z.coerce.number().int().min(0).max(65_535).default(8081),
  SIM_SEED: z.coerce.number().int().default(1),
  SIM_CLOCK: z.enum(["real", "manual"]).default("real"),
  SIM_CONTROL: z.enum(["0", "1"]).default("0"),
  SIM_LANGUAGE: z.enum(["en", "ru"]).default("en"),
  SIM_INBOUND_PER_MINUTE: z.coerce.number().min(0).max(600).default(2),
  SIM_MINUTE_LIMIT: z.coerce.number().int().min(0).default(150),
  SIM_DAY_LIMIT: z.coerce.number().int().min(0).default(10_000),
  SIM_LOG_REQUESTS: z.enum(["0", "1"]).default("0"),
  SIM_EXAMPLE_CALLS: z.enum(["0", "1"]).default("1"),
  SIM_WEBHOOK_URL: z.url().optional(),
});

/** The simulator's options from SIM_* environment variables; refuses bad values, listing all. */
export function loadSimOptions(env: NodeJS.ProcessEnv = process.env): SimOptions {
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
    limits: { minute: config.SIM_MINUTE_LIMIT, day: config.SIM_DAY_LIMIT },
    logRequests: config.SIM_LOG_REQUESTS === "1",
    exampleCalls: config.SIM_EXAMPLE_CALLS === "1",
    ...(config.SIM_WEBHOOK_URL && { webhookUrl: config.SIM_WEBHOOK_URL }),
  };
}
