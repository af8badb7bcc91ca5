/** The benchmarks' only reader of process.env: children inherit it (PATH, HOME, CHROMIUM_PATH). */
export function inheritedEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || "/usr/bin/chromium";
}
