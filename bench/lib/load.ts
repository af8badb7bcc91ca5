import { summarise } from "./stats";

export type Attempt = () => Promise<boolean>;

export interface LoadResult {
  sent: number;
  failed: number;
  seconds: number;
  throughput: number;
  latencyMs: ReturnType<typeof summarise>;
  /** How late the generator sent, behind its schedule (steady rate only). */
  lagMs?: ReturnType<typeof summarise>;
}

/**
 * Open-loop load at a steady rate: request k starts at t0 + k / rate whether or not earlier ones
 * have answered (not bursty like autocannon -R); each response timed on its own.
 */
export async function steadyRate(
  attempt: Attempt,
  rate: number,
  seconds: number,
): Promise<LoadResult> {
  const total = Math.round(rate * seconds);
  const latencies: number[] = [];
  const lags: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let failed = 0;
  const t0 = performance.now();
  for (let k = 0; k < total; k++) {
    const due = t0 + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const start = performance.now();
    lags.push(Math.max(0, start - due));
    const run = attempt().then(
      (ok) => {
        latencies.push(performance.now() - start);
        if (!ok) failed++;
      },
      () => {
        latencies.push(performance.now() - start);
        failed++;
      },
    );
    const tracked = run.finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - t0) / 1000;
  return {
    sent: total,
    failed,
    seconds: elapsed,
    throughput: total / elapsed,
    latencyMs: summarise(latencies),
    lagMs: summarise(lags),
  };
}

/** Closed-loop load: `connections` workers, each sending its next request when the last answers. */
export async function saturate(
  attemptFor: (worker: number) => Attempt,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, worker) => {
      const attempt = attemptFor(worker);
      while (performance.now() < end) {
        const start = performance.now();
        let ok = false;
        try {
          ok = await attempt();
        } catch {
          ok = false;
        }
        latencies.push(performance.now() - start);
        if (!ok) failed++;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  return {
    sent: latencies.length,
    failed,
    seconds: elapsed,
    throughput: latencies.length / elapsed,
    latencyMs: summarise(latencies),
  };
}
