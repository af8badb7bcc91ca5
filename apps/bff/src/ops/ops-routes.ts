import { timingSafeEqual } from "node:crypto";
import express, { type Router } from "express";
import type { BffMetrics } from "./metrics";
import type { Readiness } from "./readiness";

/**
 * The probes a load balancer and an orchestrator use, outside /api and without a session:
 * GET /healthz (the process answers), GET /readyz (dependencies reachable and not draining;
 * 503 otherwise). They say which check failed but nothing about why. With a metrics token,
 * GET /metrics too, for `Authorization: Bearer <token>` only.
 */
export function opsRoutes(options: {
  readiness: Readiness;
  instanceId: string;
  metrics?: BffMetrics;
  metricsToken?: string;
}): Router {
  const router = express.Router();
  router.get("/healthz", (_req, res) => {
    res.set("Cache-Control", "no-store").json({ alive: true, instance: options.instanceId });
  });
  router.get("/readyz", async (_req, res, next) => {
    try {
      const report = await options.readiness.report();
      res
        .status(report.ready ? 200 : 503)
        .set("Cache-Control", "no-store")
        .json({ ...report, instance: options.instanceId });
    } catch (error) {
      next(error);
    }
  });
  const { metrics, metricsToken } = options;
  if (metrics && metricsToken) {
    const expected = Buffer.from(`Bearer ${metricsToken}`);
    router.get("/metrics", async (req, res, next) => {
      const sent = Buffer.from(req.get("authorization") ?? "");
      if (sent.length !== expected.length || !timingSafeEqual(sent, expected)) {
        res.status(401).set("WWW-Authenticate", "Bearer").type("text/plain").send("Unauthorized");
        return;
      }
      try {
        res.type(metrics.contentType).send(await metrics.text());
      } catch (error) {
        next(error);
      }
    });
  }
  return router;
}
