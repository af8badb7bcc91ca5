import express from "express";
import type { BffMetrics } from "./metrics";

/** A listener of its own for GET /metrics (CALLBOARD_METRICS_PORT), for a private network. */
export function metricsApp(metrics: BffMetrics): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/metrics", async (_req, res, next) => {
    try {
      res.type(metrics.contentType).send(await metrics.text());
    } catch (error) {
      next(error);
    }
  });
  return app;
}
