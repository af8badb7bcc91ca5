import { Pool } from "undici";

/** A JSON-RPC 2.0 client of the simulator's Call API on an undici pool (the BFF's own transport). */
export function createRpc(rpcUrl: string, accessKey: string, connections = 10) {
  const url = new URL(rpcUrl);
  const pool = new Pool(url.origin, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  let id = 0;
  return {
    async call(
      method: string,
      params: Record<string, unknown>,
    ): Promise<{ ok: boolean; mnemonic?: string }> {
      const response = await pool.request({
        method: "POST",
        path: url.pathname,
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          jsonrpc: "2.0",
          id: ++id,
          method,
          params: { access_token: accessKey, ...params },
        }),
      });
      const reply = (await response.body.json()) as { error?: { data?: { mnemonic?: string } } };
      return reply.error
        ? { ok: false, mnemonic: reply.error.data?.mnemonic ?? "error" }
        : { ok: true };
    },
    close: () => pool.close(),
  };
}

export type Rpc = ReturnType<typeof createRpc>;
