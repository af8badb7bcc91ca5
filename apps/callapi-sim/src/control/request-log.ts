export interface LoggedRequest {
  seq: number;
  /** Simulated time, ISO. */
  at: string;
  endpoint: "call" | "data";
  method: string | null;
  id: unknown;
  /** As received, with access_token and password replaced by "***". */
  params: unknown;
  ip: string;
}

/** Keeps memory bounded in a long demo: the oldest entries go first. */
const MAX_ENTRIES = 5_000;
const SECRET_KEYS = new Set(["access_token", "password"]);

export function maskSecrets(params: unknown): unknown {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return params;
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, SECRET_KEYS.has(key) ? "***" : value]),
  );
}

/** What the simulator received, so tests can assert what was (or was not) sent upstream. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  add(entry: Omit<LoggedRequest, "seq" | "params"> & { params: unknown }): LoggedRequest {
    this.seq += 1;
    const logged: LoggedRequest = { ...entry, seq: this.seq, params: maskSecrets(entry.params) };
    this.entries.push(logged);
    if (this.entries.length > MAX_ENTRIES) this.entries.shift();
    return logged;
  }

  list(method?: string): LoggedRequest[] {
    return method ? this.entries.filter((entry) => entry.method === method) : [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
