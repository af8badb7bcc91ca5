export type FaultKind =
  | "delay"
  | "http_500"
  | "http_502"
  | "http_503"
  | "malformed_json"
  | "wrong_shape"
  | "drop_connection";

export interface Fault {
  kind: FaultKind;
  /** Requests it still applies to. */
  remaining: number;
  delayMs: number;
  /** Only requests to this JSON-RPC method; any method when absent. */
  method?: string;
}

/** Faults injected by tests, each consumed by the next matching JSON-RPC requests. */
export class FaultQueue {
  private faults: Fault[] = [];

  add(fault: Omit<Fault, "remaining"> & { count: number }): void {
    this.faults.push({
      kind: fault.kind,
      remaining: fault.count,
      delayMs: fault.delayMs,
      method: fault.method,
    });
  }

  /** The first fault that applies to a request to `method` (consumed), if any. */
  take(method: string | undefined): Fault | undefined {
    const fault = this.faults.find((candidate) => !candidate.method || candidate.method === method);
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.faults = [];
  }
}
