import type { ApiError } from "@callboard/contract";
import type { z } from "zod";
import { checkApiError } from "./checks/check-api-error";
import { translate } from "./i18n";
import { holdBack, type RetryScope, secondsLeft } from "./retry-after";
import { getSettings } from "./settings";

export { useRetryAfter } from "./retry-after";

/** A failed BFF request, carrying the BFF's ApiError (or a synthetic one for network trouble). */
export class ApiRequestError extends Error {
  readonly apiError: ApiError;
  constructor(apiError: ApiError) {
    super(apiError.message);
    this.name = "ApiRequestError";
    this.apiError = apiError;
  }
  get status(): number {
    return this.apiError.status;
  }
  get mnemonic(): string {
    return this.apiError.mnemonic;
  }
}

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

export interface ApiRequestOptions<T> {
  body?: unknown;
  query?: Record<string, string | number | undefined>;
  schema?: z.ZodType<T>;
  /** Instead of `schema`: a hand-written check answering the reply, or null when it is invalid. */
  check?: (json: unknown) => T | null;
  /** Adds `Idempotency-Key: <uuid>` so a retried action is not done twice. */
  idempotencyKey?: boolean;
  signal?: AbortSignal;
  /** The reply of this same request, already sent elsewhere (the boot script's early session). */
  started?: Promise<Response>;
}

const messages = {
  en: {
    network: "Cannot reach the Callboard server.",
    networkHint: "Check your connection; the console retries by itself.",
    malformed: "The server sent a reply the console does not understand.",
    waiting: "Too many requests. Try again in {seconds} s.",
  },
  ru: {
    network: "Нет связи с сервером Callboard.",
    networkHint: "Проверьте подключение; консоль повторит попытку сама.",
    malformed: "Сервер прислал ответ, который консоль не понимает.",
    waiting: "Слишком много запросов. Повторите через {seconds} с.",
  },
};

let csrfToken: string | null = null;

/** Set from the session; sent as X-CSRF-Token on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function scopeOf(method: HttpMethod, path: string): RetryScope | null {
  if (method === "GET") return null;
  return path === "/api/session" ? "login" : "actions";
}

function synthetic(mnemonic: string, status: number, key: "network" | "malformed"): ApiError {
  const language = getSettings().language;
  return {
    status,
    mnemonic,
    message: translate(messages, language, key),
    ...(key === "network" ? { hint: translate(messages, language, "networkHint") } : {}),
  };
}

function buildUrl(path: string, query?: ApiRequestOptions<unknown>["query"]): string {
  if (!query) return path;
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** The one way the SPA talks to the BFF. Parses the reply with `schema`; throws ApiRequestError. */
export async function apiRequest<T = unknown>(
  method: HttpMethod,
  path: string,
  options: ApiRequestOptions<T> = {},
): Promise<T> {
  const scope = scopeOf(method, path);
  const language = getSettings().language;
  if (scope) {
    const wait = secondsLeft(scope);
    if (wait > 0) {
      throw new ApiRequestError({
        status: 429,
        mnemonic: "retry_later",
        message: translate(messages, language, "waiting", { seconds: wait }),
        retryAfterSeconds: wait,
      });
    }
  }
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": language,
  };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  if (options.idempotencyKey) headers["Idempotency-Key"] = crypto.randomUUID();

  let response: Response;
  try {
    response = await (options.started ??
      fetch(buildUrl(path, options.query), {
        method,
        headers,
        credentials: "same-origin",
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      }));
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiRequestError(synthetic("network_error", 0, "network"));
  }

  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }

  if (!response.ok) {
    // Checked by hand (not with the contract's zod schema): no zod on the first page.
    const apiError: ApiError = checkApiError(json) ?? {
      ...synthetic("http_error", response.status, "malformed"),
      status: response.status,
    };
    if (apiError.retryAfterSeconds === undefined) {
      const header = Number(response.headers.get("Retry-After"));
      if (Number.isFinite(header) && header > 0) apiError.retryAfterSeconds = header;
    }
    // Only the budget's own refusal (limit_exceeded) holds actions back, for its own retry
    // time: a 503 of one request says nothing about the next. A refused login holds logins.
    const holds =
      scope === "actions"
        ? apiError.mnemonic === "limit_exceeded"
        : scope === "login" && apiError.status === 429;
    if (scope && apiError.retryAfterSeconds && holds) holdBack(scope, apiError.retryAfterSeconds);
    throw new ApiRequestError(apiError);
  }

  if (options.check) {
    const checked = options.check(json);
    if (checked === null) {
      throw new ApiRequestError(synthetic("malformed_reply", response.status, "malformed"));
    }
    return checked;
  }
  if (!options.schema) return json as T;
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiRequestError(synthetic("malformed_reply", response.status, "malformed"));
  }
  return parsed.data;
}

/** The ApiError inside anything thrown, or a generic one. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiRequestError) return error.apiError;
  return {
    status: 0,
    mnemonic: "client_error",
    message: error instanceof Error ? error.message : String(error),
  };
}
