import { hasRole, type MissedActionResult, routes } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import type { Claimant, ClaimOutcome } from "../../history/history-store";
import { defineRoute } from "../../http/define-route";
import type { StoredUser } from "../../users/user-store";

/** Closed items stay in the list this long, so a board sees how they ended. */
const CLOSED_SHOWN_MS = 60 * 60_000;

function claimant(user: StoredUser): Claimant {
  return { userId: user.id, name: user.displayName };
}

/** The item of a successful change; the refusal as the one error path otherwise. */
function settled(outcome: ClaimOutcome) {
  switch (outcome.kind) {
    case "ok":
      return outcome.item;
    case "not_found":
      throw new AppError(404, "not_found");
    case "closed":
      throw new AppError(409, "missed_call_closed");
    case "claimed_by_other":
      throw new AppError(409, "missed_call_claimed", {
        params: { name: outcome.item.claimedBy?.name ?? "" },
      });
    case "busy":
      throw new AppError(409, "missed_call_busy");
  }
}

/**
 * The missed-call queue: everyone sees it; an operator claims an item (every board is told at
 * once over the SSE feed), calls back through start.employee_call from their own employee to
 * the caller via the number the caller dialled, and the call's outcome closes the item or puts
 * it back (call-history.ts). The item's state is checked and changed atomically before anything
 * goes upstream, so a second click (or another operator) cannot dial again; a retry with the
 * same Idempotency-Key gets the first answer.
 */
export function missedCallRoutes(app: AppContext): Router {
  const router = express.Router();
  const missed = app.history.missed;

  defineRoute(router, app, routes.missedCalls, async () => ({
    items: await missed.list(app.now() - CLOSED_SHOWN_MS),
    summary: await missed.summary(),
  }));
  defineRoute(router, app, routes.missedSummary, () => missed.summary());

  defineRoute(
    router,
    app,
    routes.claimMissed,
    async ({ user, params }): Promise<MissedActionResult> => {
      const item = settled(await missed.claim(params.id as number, claimant(user)));
      await app.history.publish(item);
      return { item };
    },
    { audit: "missed.claim" },
  );

  defineRoute(
    router,
    app,
    routes.releaseMissed,
    async ({ user, params }): Promise<MissedActionResult> => {
      const force = hasRole(user.role, "supervisor");
      const item = settled(await missed.release(params.id as number, claimant(user), force));
      await app.history.publish(item);
      return { item };
    },
    { audit: "missed.release" },
  );

  defineRoute(
    router,
    app,
    routes.callBackMissed,
    async ({ user, params }): Promise<MissedActionResult> => {
      const id = params.id as number;
      if (user.employeeId == null) throw new AppError(409, "no_linked_employee");
      const by = claimant(user);
      const calling = settled(await missed.beginCallBack(id, by));
      await app.history.publish(calling);
      let callSessionId: number;
      try {
        if (!calling.virtualNumber) throw new AppError(409, "missed_call_closed");
        const started = await app.callApi.call("start.employee_call", {
          virtual_phone_number: calling.virtualNumber,
          contact: calling.contactNumber,
          first_call: "employee",
          employee: { id: user.employeeId },
        });
        callSessionId = started.call_session_id;
      } catch (error) {
        await app.history.publish(await missed.callBackFailed(id, by));
        throw error;
      }
      const item = await missed.callBackStarted(id, by, callSessionId);
      await app.history.publish(item);
      void app.feed.refreshNow();
      return { item, callSessionId };
    },
    { audit: "missed.call_back" },
  );

  return router;
}
