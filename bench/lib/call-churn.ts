import type { SimControl } from "@callboard/callapi-sim";
import type { Rpc } from "./rpc";
import { wallClock } from "./sse-client";

/**
 * State changes in the simulator at a steady pace: a new call every `everyMs` (its creation time
 * noted, to compare with its arrival at the clients), the oldest released once more than `keep`
 * are up, so the board keeps its size.
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
  const timer = setInterval(() => {
    if (!stopped) running = running.then(tick);
  }, everyMs);
  return {
    created,
    get failures() {
      return failures;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
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
