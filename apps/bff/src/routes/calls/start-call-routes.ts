import {
  routes,
  type StartCallKind,
  type StartCallResult,
  startCallBodySchemas,
  startCallKindSchema,
  startCallMethods,
} from "@callboard/contract";
import express, { type Request, type Router } from "express";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import { defineRoute } from "../../http/define-route";

function kindOf(req: Request): StartCallKind {
  const kind = startCallKindSchema.safeParse(req.params.kind);
  if (!kind.success) {
    throw new AppError(404, "not_found", {
      field: "kind",
      params: { kinds: startCallKindSchema.options },
    });
  }
  return kind.data;
}

/**
 * POST /api/calls/start/:kind: the body is exactly the start.* method's params without the token.
 * Never retried after a timeout (it may have dialled); the Idempotency-Key replays the first answer.
 */
export function startCallRoutes(app: AppContext): Router {
  const router = express.Router();
  defineRoute(
    router,
    app,
    routes.startCall,
    async ({ req, body }): Promise<StartCallResult> => {
      const method = startCallMethods[kindOf(req)];
      // The body was validated with this kind's schema (bodyFor), which is the method's params.
      const result = await app.callApi.call(method, body as never);
      app.feed.requestReconcile("action");
      return { callSessionId: result.call_session_id };
    },
    {
      bodyFor: (req) => startCallBodySchemas[kindOf(req)],
      audit: (req) => {
        const kind = startCallKindSchema.safeParse(req.params.kind);
        return kind.success ? startCallMethods[kind.data] : "start.unknown_call";
      },
    },
  );
  return router;
}
