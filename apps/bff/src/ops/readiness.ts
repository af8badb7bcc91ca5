/** One dependency's check: resolves when it answers, rejects (or times out) when it does not. */
export type ReadinessCheck = () => Promise<unknown>;

export interface ReadinessReport {
  ready: boolean;
  draining: boolean;
  checks: Record<string, "ok" | "failed">;
}

/**
 * GET /readyz's answer: every dependency (database, Redis, upstream) answered within
 * `timeoutMs`, and the instance is not draining. A load balancer sends no new requests to an
 * instance that is not ready. The report names which check failed, never why (no addresses or
 * messages: the probe is public).
 */
export class Readiness {
  draining = false;

  constructor(
    private readonly checks: Record<string, ReadinessCheck>,
    private readonly timeoutMs = 2_000,
  ) {}

  async report(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      Object.entries(this.checks).map(async ([name, check]) => {
        const ok = await this.within(check).then(
          () => true,
          () => false,
        );
        return [name, ok ? "ok" : "failed"] as const;
      }),
    );
    const checks = Object.fromEntries(entries);
    const ready = !this.draining && entries.every(([, state]) => state === "ok");
    return { ready, draining: this.draining, checks };
  }

  private within(check: ReadinessCheck): Promise<unknown> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error("timed out")), this.timeoutMs);
      timer.unref();
    });
    return Promise.race([check(), timeout]).finally(() => clearTimeout(timer));
  }
}

/**
 * Whether the upstream answers HTTP at all, without spending API points: any HTTP answer to a
 * bare GET of its URL counts (a JSON-RPC endpoint answers 405 or an error object); a refused
 * connection or a timeout does not. Remembered for `cacheMs`, so frequent probes of several
 * load balancers cost one request.
 */
export function upstreamReachable(url: string, cacheMs = 5_000, now = Date.now): ReadinessCheck {
  let checkedAt = Number.NEGATIVE_INFINITY;
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    if (now() - checkedAt < cacheMs) return last;
    checkedAt = now();
    last = fetch(url, { method: "GET", signal: AbortSignal.timeout(2_000) }).then((res) =>
      res.body?.cancel(),
    );
    last.catch(() => {
      checkedAt = Number.NEGATIVE_INFINITY;
    });
    return last;
  };
}
