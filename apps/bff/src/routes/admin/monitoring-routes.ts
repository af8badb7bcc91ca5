import { routes } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { defineRoute } from "../../http/define-route";
import { limitsReport } from "../../limits/limits-report";

/** GET /api/audit (supervisors), /api/limits (admins), /api/budget (everyone), /api/health (public). */
export function monitoringRoutes(app: AppContext, version: string): Router {
  const router = express.Router();
  defineRoute(router, app, routes.health, () => ({
    ok: true,
    upstream: app.upstreamMode === "simulator" ? ("simulator" as const) : ("live" as const),
    version,
  }));
  defineRoute(router, app, routes.audit, ({ query }) => app.audit.query(query));
  defineRoute(router, app, routes.limits, () => limitsReport(app));
  defineRoute(router, app, routes.budget, () => app.limits.budget());
  return router;
}
