import { Pool } from "undici";
import type { BffSession } from "./stack";

export interface ActionOutcome {
  status: number;
  mnemonic: string | undefined;
}

/** A signed-in user's calls to the BFF's JSON routes (session cookie + CSRF header). */
export function bffClient(bffUrl: string, session: BffSession, connections = 4) {
  const pool = new Pool(bffUrl, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  const send = async (
    method: "POST" | "DELETE",
    path: string,
    body?: unknown,
  ): Promise<ActionOutcome> => {
    const response = await pool.request({
      method,
      path,
      headers: {
        cookie: session.cookie,
        "x-csrf-token": session.csrfToken,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.body.text();
    let mnemonic: string | undefined;
    if (response.statusCode >= 400) {
      try {
        mnemonic = (JSON.parse(text) as { mnemonic?: string }).mnemonic;
      } catch {
        mnemonic = undefined;
      }
    }
    return { status: response.statusCode, mnemonic };
  };
  return {
    post: (path: string, body: unknown = {}) => send("POST", path, body),
    delete: (path: string) => send("DELETE", path),
    close: () => pool.close(),
  };
}
