import { createHash } from "node:crypto";
import type { ApiError, Language, RouteSpec } from "@callboard/contract";
import { hasRole } from "@callboard/contract";
import type { Request, Response, Router } from "express";
import type { z } from "zod";
import type { AppContext } from "../app-context";
import { AppError, pickLanguage, toApiError } from "../errors";
import { isAnswerKept } from "../idempotency/idempotency-store";
import { csrfTokenMatches, isStateChanging, originIsSameSite } from "../session/csrf";
import type { StoredUser } from "../users/user-store";
import { type Authenticated, authenticate } from "./authenticate";
import { parsePathParams } from "./path-params";
import { StepFailure } from "./step-failure";

type OutputOf<S, K extends string> = S extends { [P in K]: infer Z extends z.ZodType }
  ? z.output<Z>
  : undefined;

export interface RouteContext<S extends RouteSpec> {
  req: Request;
  res: Response;
  /** The logged-in user; routes with `public` access may run without one. */
  user: S["access"] extends "public" ? StoredUser | undefined : StoredUser;
  auth: Authenticated | undefined;
  body: OutputOf<S, "body">;
  query: OutputOf<S, "query">;
  /** Validated path params (`:id`, `:legId`, `:kind` ...). */
  params: Record<string, string | number>;
  language: Language;
  requestId: string;
}

export interface RouteOptions {
  /** A body schema chosen per request (the start.* routes, one schema per kind). */
  bodyFor?: (req: Request) => z.ZodType;
  /** Write an audit record of every attempt, under this action name (spec.upstream by default). */
  audit?: boolean | string | ((req: Request) => string);
  /** Public routes without a session still refuse foreign Origins unless this is false (webhook). */
  sameOriginCheck?: boolean;
  /** The handler writes the response itself (SSE). */
  raw?: boolean;
  successStatus?: number;
}

type Handler<S extends RouteSpec> = (ctx: RouteContext<S>) => unknown;

/**
 * Mounts one route of the contract so none forgets a check: the session and role per
 * `spec.access`, the CSRF token on state-changing requests, JSON content type, path params,
 * body and query validated with the contract's schemas (400 before anything goes upstream),
 * Idempotency-Key replay, the audit record, and one ApiError body for every failure.
 */
export function defineRoute<S extends RouteSpec>(
  router: Router,
  app: AppContext,
  spec: S,
  handler: Handler<S>,
  options: RouteOptions = {},
): void {
  const method = spec.method.toLowerCase() as "get" | "post" | "patch" | "delete";
  router[method](spec.path, async (req: Request, res: Response) => {
    const startedAt = performance.now();
    const language = pickLanguage(req.get("accept-language"));
    const requestId = String(req.id ?? "");
    const auth = authenticate(req, app);
    let rawBody: unknown = req.body;
    let status = options.successStatus ?? 200;
    let payload: unknown;
    let apiError: ApiError | undefined;
    let claim: ReturnType<AppContext["idempotency"]["claim"]> | undefined;
    let replayed = false;

    try {
      if (spec.access !== "public") {
        if (!auth) throw new AppError(401, "unauthenticated");
        if (!hasRole(auth.user.role, spec.access))
          throw new AppError(403, "forbidden_role", { params: { required: spec.access } });
      }
      if (isStateChanging(req.method)) {
        const csrfOk =
          auth && spec.access !== "public"
            ? csrfTokenMatches(req, auth.session.csrfToken)
            : options.sameOriginCheck === false || originIsSameSite(req);
        if (!csrfOk) throw new AppError(403, "csrf_failed");
      }
      const bodySchema = options.bodyFor?.(req) ?? spec.body;
      if (hasBody(req) && bodySchema && !req.is("application/json")) {
        throw new AppError(415, "unsupported_media_type");
      }
      const params = parsePathParams(req.params as Record<string, string>);
      if (bodySchema && (rawBody === undefined || rawBody === null)) rawBody = {};
      const body = bodySchema ? bodySchema.parse(rawBody) : undefined;
      const query = spec.query ? spec.query.parse(req.query) : undefined;

      const key = req.get("idempotency-key");
      if (key && auth && isStateChanging(req.method)) {
        const fingerprint = createHash("sha256")
          .update(`${req.method} ${req.path}\n${JSON.stringify(rawBody ?? null)}`)
          .digest("base64url");
        claim = app.idempotency.claim(String(auth.user.id), key.slice(0, 200), fingerprint);
        if (claim.kind === "conflict") {
          claim = undefined;
          throw new AppError(409, "idempotency_key_reused", { field: "Idempotency-Key" });
        }
        if (claim.kind === "replay") {
          const first = await claim.response;
          replayed = true;
          res.set("Idempotent-Replayed", "true");
          res.status(first.status).json(first.body);
          return;
        }
      }

      payload = await handler({
        req,
        res,
        user: auth?.user as RouteContext<S>["user"],
        auth,
        body: body as OutputOf<S, "body">,
        query: query as OutputOf<S, "query">,
        params,
        language,
        requestId,
      });
      if (options.raw) return;
      if (payload === undefined) status = 204;
    } catch (error) {
      apiError = toRouteError(error, language, spec.upstream, requestId);
      status = apiError.status;
      payload = apiError;
    } finally {
      if (options.audit && auth && !replayed) {
        const auditAction =
          typeof options.audit === "string"
            ? options.audit
            : typeof options.audit === "function"
              ? options.audit(req)
              : (spec.upstream ?? spec.path);
        // `:id` is a call session only on the call routes; elsewhere (a user) it joins the params.
        const onCall = spec.path.startsWith("/api/calls");
        const targetId = numberParam(req.params.id);
        const body =
          rawBody && typeof rawBody === "object" ? (rawBody as Record<string, unknown>) : null;
        app.audit.write({
          userId: auth.user.id,
          username: auth.user.username,
          role: auth.user.role,
          action: auditAction,
          callSessionId: onCall ? (targetId ?? startedSessionId(payload)) : null,
          legId: numberParam(req.params.legId),
          params: !onCall && targetId !== null ? { ...body, id: targetId } : body,
          result: apiError ? "error" : "ok",
          status,
          mnemonic: apiError?.mnemonic ?? null,
          requestId,
          durationMs: performance.now() - startedAt,
        });
      }
      if (claim?.kind === "first") {
        claim.settle({ status, body: payload ?? null }, isAnswerKept(status, apiError?.params));
      }
    }
    if (apiError?.retryAfterSeconds !== undefined)
      res.set("Retry-After", String(Math.ceil(apiError.retryAfterSeconds)));
    if (status === 204) res.status(204).end();
    else res.status(status).json(payload);
  });
}

function toRouteError(
  error: unknown,
  language: Language,
  method: string | undefined,
  requestId: string,
): ApiError {
  if (error instanceof StepFailure) {
    const apiError = toApiError(error.cause, language, { method: error.step, requestId });
    return { ...apiError, params: { ...apiError.params, step: error.step } };
  }
  return toApiError(error, language, { method, requestId });
}

function hasBody(req: Request): boolean {
  const length = req.headers["content-length"];
  return (length !== undefined && length !== "0") || req.headers["transfer-encoding"] !== undefined;
}

function numberParam(value: unknown): number | null {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** A start.* call has no `:id` yet: its audit record takes the session id the upstream answered. */
function startedSessionId(payload: unknown): number | null {
  if (payload && typeof payload === "object" && "callSessionId" in payload) {
    const id = (payload as { callSessionId: unknown }).callSessionId;
    if (typeof id === "number") return id;
  }
  return null;
}
