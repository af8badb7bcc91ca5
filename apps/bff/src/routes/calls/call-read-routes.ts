import { routes } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import { defineRoute } from "../../http/define-route";
import { streamOwner } from "./stream-owner";

/** GET /api/calls (the current list, for browsers without SSE) and GET /api/calls/events (SSE). */
export function callReadRoutes(app: AppContext): Router {
  const router = express.Router();

  defineRoute(router, app, routes.listCalls, async ({ query }) => {
    const list = await app.feed.list();
    // Filters apply to the shared list: one list.calls per interval serves every filter.
    const calls = list.calls.filter(
      (call) =>
        (!query.direction || call.direction === query.direction) &&
        (!query.virtual_phone_number || call.virtualNumber === query.virtual_phone_number),
    );
    return { ...list, calls };
  });

  defineRoute(
    router,
    app,
    routes.callEvents,
    ({ req, res, auth }) => {
      if (!auth) throw new AppError(401, "unauthenticated");
      const owner = streamOwner(app, req, auth);
      if (!app.sse.admits(owner)) throw new AppError(429, "too_many_streams");
      app.sse.open(req, res, owner);
    },
    { raw: true },
  );

  return router;
}
