import { timingSafeEqual } from "node:crypto";
import { routes } from "@callboard/contract";
import express, { type Request, type Router } from "express";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import { defineRoute } from "../../http/define-route";

function secretMatches(req: Request, expected: string): boolean {
  const sent =
    req.get("x-callboard-secret") ?? (typeof req.query.secret === "string" ? req.query.secret : "");
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * POST /api/hooks/callgear: CallGear's notification server reports an event (its body is a
 * template the account admin writes, so any JSON is accepted and none of it is trusted); the
 * feed polls at once. The shared secret comes in X-Callboard-Secret or `?secret=`. Without
 * CALLBOARD_WEBHOOK_SECRET the endpoint is off (404).
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
      if (!secretMatches(req, secret)) throw new AppError(401, "webhook_unauthorized");
      void app.feed.refreshNow();
      return { ok: true };
    },
    { sameOriginCheck: false },
  );
  return router;
}
