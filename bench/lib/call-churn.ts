import type { SimControl } from "@callboard/callapi-sim";
import type { Rpc } from "./rpc";
import { wallClock } from "./sse-client";

/**
 * State changes in the simulator at a steady pace: a new call every `everyMs` on average (its
 * creation time noted, to compare with its arrival at the clients), the oldest released once more
 * than `keep` are up, so the board keeps its size. Each gap is drawn uniformly from 0.5x to 1.5x
 * `everyMs`: at a fixed period equal to the poll interval, every change fell at the same point of
 * the poll cycle, and change->client measured that phase (a constant per run)
 * instead of the wait a random change sees (half an interval on average).
 */
export function startCallChurn(control: SimControl, rpc: Rpc, everyMs: number, keep: number) {
  const created = new Map<number, number>();
  const live: number[] = [];
  let failures = 0;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const at = wallClock();
    try {
      const call = await control.createCall({ state: "talk" });
      created.set(call.call_session_id, at);
      live.push(call.call_session_id);
      if (live.length > keep) {
        const oldest = live.shift()!;
        const released = await rpc.call("release.call", { call_session_id: oldest });
        if (!released.ok) failures++;
      }
    } catch {
      failures++;
    }
  };
  let timer: ReturnType<typeof setTimeout>;
  const next = () => {
    timer = setTimeout(
      () => {
        if (stopped) return;
        running = running.then(tick);
        next();
      },
      everyMs * (0.5 + Math.random()),
    );
  };
  next();
  return {
    created,
    get failures() {
      return failures;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** Seeds a board of `count` calls in TALK (control calls never hang up by themselves). */
export async function seedCalls(control: SimControl, count: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++)
    ids.push((await control.createCall({ state: "talk" })).call_session_id);
  return ids;
}
