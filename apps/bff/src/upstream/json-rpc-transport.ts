import { Pool } from "undici";

/** What came back over HTTP, before any JSON-RPC reading. */
export interface HttpReply {
  status: number;
  contentType: string;
  text: string;
}

/** The hop failed: no HTTP reply at all. */
export class TransportFailure extends Error {
  constructor(
    readonly reason: "timeout" | "unreachable",
    /** False only when the request surely never left (connection refused, DNS failure). */
    readonly maybeSent: boolean,
    options?: { cause?: unknown },
  ) {
    super(`upstream ${reason}`, options);
    this.name = "TransportFailure";
  }
}

export interface PostOptions {
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface JsonRpcTransport {
  post(url: URL, body: string, options: PostOptions): Promise<HttpReply>;
  close(): Promise<void>;
}

// Errors raised before a byte of the request left: retrying cannot repeat an effect.
const notSentCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);
const timeoutCodes = new Set(["UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT"]);

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    const nested = (current as { errors?: unknown }).errors; // AggregateError of happy eyeballs
    if (Array.isArray(nested)) codes.push(...nested.flatMap(errorCodes));
    current = (current as { cause?: unknown }).cause;
  }
  return codes;
}

/**
 * The HTTP hop with undici's request API and a keep-alive pool per origin (Node's global fetch
 * costs several times the CPU per call: bench:floor, docs/performance.md). One pool serves every
 * caller.
 */
export function createJsonRpcTransport(): JsonRpcTransport {
  const pools = new Map<string, Pool>();

  function poolFor(origin: string): Pool {
    let pool = pools.get(origin);
    if (!pool) {
      pool = new Pool(origin, { connections: 16, keepAliveTimeout: 30_000, pipelining: 1 });
      pools.set(origin, pool);
    }
    return pool;
  }

  async function post(url: URL, body: string, options: PostOptions): Promise<HttpReply> {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
    const signal = options.signal
      ? AbortSignal.any([timeout.signal, options.signal])
      : timeout.signal;
    try {
      const response = await poolFor(url.origin).request({
        path: `${url.pathname}${url.search}`,
        method: "POST",
        headers: { "content-type": "application/json; charset=UTF-8", accept: "application/json" },
        body,
        signal,
        // Backstops behind our own timer; undici's defaults are 300 s.
        headersTimeout: options.timeoutMs + 1_000,
        bodyTimeout: options.timeoutMs + 1_000,
      });
      const text = await response.body.text();
      const contentType = response.headers["content-type"];
      return {
        status: response.statusCode,
        contentType: Array.isArray(contentType) ? (contentType[0] ?? "") : (contentType ?? ""),
        text,
      };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (timeout.signal.aborted) throw new TransportFailure("timeout", true, { cause: error });
      const codes = errorCodes(error);
      if (codes.some((code) => timeoutCodes.has(code))) {
        throw new TransportFailure("timeout", true, { cause: error });
      }
      const sent = !codes.some((code) => notSentCodes.has(code));
      throw new TransportFailure("unreachable", sent, { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async function close(): Promise<void> {
    const closing = [...pools.values()].map((pool) => pool.close());
    pools.clear();
    await Promise.allSettled(closing);
  }

  return { post, close };
}
