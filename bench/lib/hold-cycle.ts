import { Pool } from "undici";
import type { Rpc } from "./rpc";
import type { BffSession } from "./stack";

/**
 * The action sequence of the overhead benchmark: each call alternates hold and unhold. A call
 * is only acted on again after its last action answered (the caller owns that ordering).
 */
export class HoldCycle {
  private readonly held = new Map<number, boolean>();
  constructor(readonly calls: number[]) {
    for (const id of calls) this.held.set(id, false);
  }

  /** The next action on `call`: hold if it is talking, unhold if held; flips on success. */
  next(call: number): { call: number; hold: boolean; done(ok: boolean): void } {
    const hold = !this.held.get(call);
    return { call, hold, done: (ok) => ok && this.held.set(call, hold) };
  }
}

export function directActions(rpc: Rpc, cycle: HoldCycle) {
  return async (call: number) => {
    const action = cycle.next(call);
    const reply = action.hold
      ? await rpc.call("hold.call", {
          call_session_id: call,
          contact_message: { type: "tts", value: "Please stay on the line." },
        })
      : await rpc.call("unhold.call", { call_session_id: call });
    action.done(reply.ok);
    return reply.ok;
  };
}

/** The same actions through the BFF: POST /api/calls/:id/hold and /unhold, session + CSRF. */
export function bffActions(
  bffUrl: string,
  session: BffSession,
  cycle: HoldCycle,
  connections = 10,
) {
  const pool = new Pool(bffUrl, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const headers = {
    "content-type": "application/json",
    cookie: session.cookie,
    "x-csrf-token": session.csrfToken,
  };
  /** "status mnemonic" -> count, of the actions that failed. */
  const failures = new Map<string, number>();
  const act = async (call: number) => {
    const action = cycle.next(call);
    const response = await pool.request({
      method: "POST",
      path: `/api/calls/${call}/${action.hold ? "hold" : "unhold"}`,
      headers,
      body: "{}",
    });
    const text = await response.body.text();
    const ok = response.statusCode === 200;
    if (!ok) {
      let mnemonic = "?";
      try {
        mnemonic = (JSON.parse(text) as { mnemonic?: string }).mnemonic ?? "?";
      } catch {
        // not an ApiError body
      }
      const key = `${response.statusCode} ${mnemonic}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
    }
    action.done(ok);
    return ok;
  };
  return { act, failures, close: () => pool.close() };
}
