import { parseArgs } from "node:util";

export type FlagSpec = Record<string, { type: "string" | "boolean"; default?: string | boolean }>;

/**
 * The benchmark's flags (`--seconds 10`, `--clients 1,10`, `--quick`, `--json`); unknown flags
 * stop the run with the list of known ones, so a typo never silently runs the long default.
 */
export function readFlags<S extends FlagSpec>(spec: S, argv = process.argv.slice(2)) {
  try {
    const { values } = parseArgs({ args: argv, options: spec, strict: true });
    return values as unknown as {
      [K in keyof S]: S[K]["type"] extends "boolean" ? boolean : string;
    };
  } catch (error) {
    const known = Object.keys(spec)
      .map((name) => `--${name}`)
      .join(" ");
    console.error(`${error instanceof Error ? error.message : error}\nflags: ${known}`);
    process.exit(2);
  }
}

export function numberList(text: string): number[] {
  return text
    .split(",")
    .map((part) => Number(part.trim()))
    .filter((n) => Number.isFinite(n) && n > 0);
}

export function positive(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) {
    console.error(`--${name} must be a positive number, not "${text}"`);
    process.exit(2);
  }
  return n;
}
