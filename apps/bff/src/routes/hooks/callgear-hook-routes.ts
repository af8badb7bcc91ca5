import { timingSafeEqual } from "node:crypto";
import { routes } from "@callboard/contract";
import express, { type Request, type Router } from "express";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import { defineRoute } from "../../http/define-route";
import { buildNotificationKit, HOOK_PATH } from "../../notifications/notification-kit";

/** A notification body is small; the kit's largest renders to about 1 kB. */
const BODY_LIMIT = "64kb";

function secretMatches(req: Request, expected: string): boolean {
  const sent =
    req.get("x-callboard-secret") ?? (typeof req.query.secret === "string" ? req.query.secret : "");
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The body as JSON; CallGear may send any content type, so it is read as text first. */
function decode(body: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof body !== "string") return { ok: true, value: body };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

/**
 * The hook's body parser, mounted before the API's express.json: any content type is read as
 * text, so a body that is not JSON is counted for the self-test instead of answered with a 400.
 */
export function hookBodyParser(): express.RequestHandler {
  const text = express.text({ type: () => true, limit: BODY_LIMIT });
  return (req, res, next) => (req.path === HOOK_PATH ? text(req, res, next) : next());
}

/**
 * POST /api/hooks/callgear: CallGear's notification server reports a call event, with a body
 * rendered from the notification kit. The shared secret comes as `?secret=` (the URL the kit
 * gives) or X-Callboard-Secret. The event goes to the live feed at once and the answer is 200
 * whatever the body: one it cannot use is counted for the self-test and logged at info, never
 * a 5xx (the notification server would only retry it). Without a secret the endpoint is off.
 *
 * GET /api/admin/notification-kit and /notification-status (admins): the kit to paste into
 * CallGear and its self-test.
 */
export function callgearHookRoutes(app: AppContext): Router {
  const router = express.Router();
  defineRoute(
    router,
    app,
    routes.webhook,
    ({ req }) => {
      const secret = app.config.webhookSecret;
      if (!secret) throw new AppError(404, "not_found");
      if (!secretMatches(req, secret)) {
        app.notices.refuse("wrong_secret");
        throw new AppError(401, "webhook_unauthorized");
      }
      const decoded = decode(req.body);
      const outcome = decoded.ok ? app.notices.ingest(decoded.value) : undefined;
      if (!outcome) app.notices.refuse("not_json");
      if (!outcome || outcome.kind === "refused") {
        app.logger.info(
          { reason: outcome?.reason ?? "not_json", event: outcome?.event ?? null },
          "CallGear notification refused",
        );
      }
      return { ok: true };
    },
    { sameOriginCheck: false },
  );
  defineRoute(router, app, routes.notificationKit, ({ req }) => {
    const secret = app.config.webhookSecret;
    if (!secret) throw new AppError(409, "webhook_secret_missing");
    const base = app.config.publicUrl ?? `${req.protocol}://${req.get("host") ?? "localhost"}`;
    return buildNotificationKit(base, secret);
  });
  defineRoute(router, app, routes.notificationStatus, () =>
    app.notices.status(app.config.webhookSecret !== undefined),
  );
  return router;
}
