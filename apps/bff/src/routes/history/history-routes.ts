import { type HistoryDetail, hasRole, routes } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import { normalizeNumber } from "../../history/history-rows";
import { defineRoute } from "../../http/define-route";
import { callActions, visibleCall, visibleEmployees } from "./history-access";
import { csvHeader, csvRow } from "./history-csv";
import { proxyRecording } from "./recording-proxy";

/** An export stops here: a larger one is a job for the report, not a browser download. */
const EXPORT_MAX_ROWS = 100_000;

/**
 * The call history: GET /api/history (filters, keyset pages), its CSV export, a contact's
 * context, one call with its actions, its recordings, and the operator's wrap-up.
 * The specific paths are mounted before /api/history/:id.
 */
export function historyRoutes(app: AppContext): Router {
  const router = express.Router();

  defineRoute(
    router,
    app,
    routes.historyExport,
    async ({ res, user, query }) => {
      const employeeIds = visibleEmployees(user, query.employeeId);
      res.status(200);
      res.set("Content-Type", "text/csv; charset=utf-8");
      res.set("Content-Disposition", 'attachment; filename="calls.csv"');
      res.write(csvHeader);
      let cursor: string | undefined;
      let written = 0;
      do {
        const page = await app.history.store.page({ ...query, employeeIds, cursor, limit: 1000 });
        let chunk = "";
        for (const call of page.calls) chunk += csvRow(call);
        written += page.calls.length;
        // Each page in its own turn of the event loop, waiting for the socket when it is full.
        if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve));
        cursor = page.nextCursor ?? undefined;
      } while (cursor && written < EXPORT_MAX_ROWS && !res.destroyed);
      res.end();
    },
    { raw: true },
  );

  defineRoute(router, app, routes.contactHistory, async ({ query }) => {
    const number = normalizeNumber(query.number) ?? "";
    const dayStart = Math.floor(app.now() / 86_400_000) * 86_400_000;
    const known = await app.history.store.contact(number, dayStart, 10);
    return { ...known, missed: (await app.history.missed.waitingFor(number)) ?? null };
  });

  defineRoute(router, app, routes.history, async ({ user, query }) => {
    const { employeeId, ...filter } = query;
    return app.history.store.page({ ...filter, employeeIds: visibleEmployees(user, employeeId) });
  });

  defineRoute(router, app, routes.historyCall, async ({ user, params }): Promise<HistoryDetail> => {
    const id = params.id as number;
    const call = await visibleCall(app, user, id);
    return { call, actions: callActions(app, id) };
  });

  defineRoute(
    router,
    app,
    routes.historyRecording,
    async ({ req, res, user, params }) => {
      const id = params.id as number;
      await visibleCall(app, user, id);
      const index = Number(params.index);
      if (!Number.isSafeInteger(index) || index < 0) throw new AppError(404, "not_found");
      const link = await app.history.store.recordingLink(id, index);
      if (!link) throw new AppError(404, "not_found");
      await proxyRecording(link, req, res, app.config.upstreamTimeoutMs * 4);
    },
    { raw: true },
  );

  defineRoute(
    router,
    app,
    routes.wrapUp,
    async ({ user, params, body }): Promise<HistoryDetail> => {
      const id = params.id as number;
      const live = app.history.feed.liveSession(id);
      if (live && !(await app.history.store.get(id))) await app.history.store.upsert(live);
      const call = await visibleCall(app, user, id);
      const own = user.employeeId != null && call.employees.some((e) => e.id === user.employeeId);
      if (!own && !hasRole(user.role, "supervisor")) throw new AppError(404, "not_found");
      if (!live && call.wrapUpUntil === null) throw new AppError(409, "wrap_up_closed");
      let disposition: string | undefined;
      if (body.tagId !== undefined) {
        const tags = (await app.directory.list("tags")) as { id: number; name: string }[];
        const tag = tags.find((t) => t.id === body.tagId);
        if (!tag) {
          throw new AppError(400, "validation_failed", {
            field: "tagId",
            issues: [{ field: "tagId", message: "not a tag of this account" }],
          });
        }
        disposition = tag.name;
        // Still on the line: the tag goes upstream too, so CallGear's own reports carry it.
        if (live) await app.callApi.call("tag.call", { call_session_id: id, tag_id: tag.id });
      }
      await app.history.store.wrapUp(id, {
        note: body.note === "" ? undefined : body.note,
        disposition,
        by: user.displayName,
      });
      const updated = await visibleCall(app, user, id);
      return { call: updated, actions: callActions(app, id) };
    },
    { audit: "history.wrap_up" },
  );

  return router;
}
