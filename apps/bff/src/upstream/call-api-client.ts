import {
  type CallMethodName,
  type CallParams,
  type CallResult,
  checkParams,
  type DataMethodName,
  type DataParams,
  type DataResult,
  dataMethods,
  methods,
} from "@callboard/callapi";
import type { z } from "zod";
import type { CallApiClient, CallApiClientOptions } from "./client-types";
import { createJsonRpcTransport, TransportFailure } from "./json-rpc-transport";
import { isSecretField, redacted, redactSecrets } from "./redact";
import { readReply } from "./reply-reader";
import { isRefusedToken, mayRetryTransport } from "./retry-policy";
import { createTokenManager, type UpstreamSession } from "./token-manager";
import { UpstreamError } from "./upstream-error";

interface Exchange {
  url: URL;
  method: string;
  params: Record<string, unknown>;
  resultSchema: z.ZodType;
  signal?: AbortSignal;
}

/**
 * The typed client of the Call API and the Data API: `call("hold.call", params)` infers both
 * the params and the parsed `result.data`. It signs in (a key, or `login.user` renewed before
 * `expire_at` and once more on -32001), checks params before sending, reads every reply's
 * metadata, and retries only what cannot do harm twice (see retry-policy.ts).
 */
export function createCallApiClient(options: CallApiClientOptions): CallApiClient {
  const transport = options.transport ?? createJsonRpcTransport();
  const ownsTransport = options.transport === undefined;
  const now = options.now ?? Date.now;
  const callUrl = new URL(options.callApiUrl);
  const dataUrl = new URL(options.dataApiUrl);
  let nextId = 1;
  let closed = false;

  const tokens = createTokenManager({
    credentials: options.credentials,
    now,
    login: (login, password) =>
      exchange({
        url: callUrl,
        method: "login.user",
        params: { login, password },
        resultSchema: methods["login.user"].result,
      }) as Promise<UpstreamSession>,
  });

  async function exchange(request: Exchange): Promise<unknown> {
    if (closed) throw new UpstreamError({ kind: "unreachable", method: request.method });
    const id = nextId++;
    const startedAt = performance.now();
    const body = JSON.stringify({
      jsonrpc: "2.0",
      id,
      method: request.method,
      params: request.params,
    });
    let reply: Awaited<ReturnType<typeof transport.post>>;
    try {
      reply = await transport.post(request.url, body, {
        timeoutMs: options.timeoutMs,
        ...(request.signal ? { signal: request.signal } : {}),
      });
    } catch (error) {
      if (!(error instanceof TransportFailure)) throw error;
      const failure = new UpstreamError({
        kind: error.reason,
        method: request.method,
        maybeApplied: error.maybeSent,
        cause: error.cause,
      });
      options.logger?.warn(
        { method: request.method, id, kind: failure.kind, maybeApplied: failure.maybeApplied },
        "upstream hop failed",
      );
      throw failure;
    }
    const read = readReply(reply, {
      method: request.method,
      id,
      resultSchema: request.resultSchema,
      secrets: tokens.secrets(),
    });
    if (read.metadata && options.onMetadata) {
      try {
        options.onMetadata(read.metadata, request.method, read.ok ? "success" : "error");
      } catch (error) {
        // Bookkeeping must never fail the call it observes.
        options.logger?.warn({ method: request.method, err: String(error) }, "onMetadata failed");
      }
    }
    const durationMs = Math.round((performance.now() - startedAt) * 10) / 10;
    if (read.ok) {
      options.logger?.debug({ method: request.method, id, durationMs }, "upstream call");
      return read.data;
    }
    const { error } = read;
    options.logger?.debug(
      {
        method: request.method,
        id,
        durationMs,
        kind: error.kind,
        mnemonic: error.mnemonic,
        code: error.code,
      },
      "upstream call failed",
    );
    throw error;
  }

  /** Token, params check, then the exchange with its retries. */
  async function send(
    url: URL,
    method: string,
    params: Record<string, unknown>,
    resultSchema: z.ZodType,
    signal?: AbortSignal,
  ): Promise<unknown> {
    let reloggedIn = false;
    let resent = false;
    for (;;) {
      const token = method === "login.user" ? undefined : await tokens.token();
      const full = token === undefined ? params : { ...params, access_token: token };
      refuseInvalidParams(method, full, tokens.secrets());
      try {
        return await exchange({
          url,
          method,
          params: full,
          resultSchema,
          ...(signal ? { signal } : {}),
        });
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        if (token !== undefined && isRefusedToken(error) && tokens.renewable && !reloggedIn) {
          reloggedIn = true;
          tokens.invalidate(token);
          options.logger?.warn(
            { method, mnemonic: error.mnemonic },
            "upstream token refused; logging in again",
          );
          continue;
        }
        if (!resent && mayRetryTransport(method, error) && !signal?.aborted) {
          resent = true;
          options.logger?.warn({ method, kind: error.kind }, "retrying upstream call once");
          continue;
        }
        throw error;
      }
    }
  }

  return {
    async call<M extends CallMethodName>(
      method: M,
      params: CallParams<M>,
      callOptions?: { signal?: AbortSignal },
    ): Promise<CallResult<M>> {
      const result = await send(
        callUrl,
        method,
        { ...(params as Record<string, unknown>) },
        methods[method].result,
        callOptions?.signal,
      );
      // The session is over upstream: a later call logs in afresh.
      if (method === "logout.user") tokens.clear();
      return result as CallResult<M>;
    },
    async data<M extends DataMethodName>(
      method: M,
      params?: DataParams<M>,
    ): Promise<DataResult<M>> {
      const result = await send(
        dataUrl,
        method,
        { ...((params ?? {}) as Record<string, unknown>) },
        dataMethods[method].result,
      );
      return result as DataResult<M>;
    },
    async close() {
      // No logout: shutting down must not wait on CallGear; the session ends by itself in an hour.
      closed = true;
      tokens.clear();
      if (ownsTransport) await transport.close();
    },
  };
}

/** The last line before the wire: the same check CallGear makes, with no request sent. */
function refuseInvalidParams(
  method: string,
  params: Record<string, unknown>,
  secrets: readonly string[],
): void {
  const checked = checkParams(method as CallMethodName | DataMethodName, params);
  if (checked.ok) return;
  const { mnemonic, field, value } = checked.error;
  throw new UpstreamError({
    kind: "rpc",
    method,
    code: -32602,
    mnemonic,
    ...(field ? { field } : {}),
    ...(value !== undefined
      ? { value: isSecretField(field) ? redacted : redactSecrets(value, secrets) }
      : {}),
  });
}
