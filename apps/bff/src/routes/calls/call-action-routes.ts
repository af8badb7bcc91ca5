import { type CallMethodName, type CallParams, isCallMethodName } from "@callboard/callapi";
import { type ActionResult, routes } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { defineRoute, type RouteContext } from "../../http/define-route";
import { blindTransfer } from "./blind-transfer";

const ok: ActionResult = { ok: true };

type Routes = typeof routes;
type UpstreamOf<K extends keyof Routes> = Routes[K] extends { upstream: infer U } ? U : never;
/** The upstream method's params where the contract names it as a literal, else a plain record. */
type UpstreamParams<K extends keyof Routes> =
  UpstreamOf<K> extends CallMethodName ? CallParams<UpstreamOf<K>> : Record<string, unknown>;

/** What a params builder gets: the validated request, with `:id` already a number. */
interface ActionRequest<K extends keyof Routes> {
  callSessionId: number;
  params: RouteContext<Routes[K]>["params"];
  body: RouteContext<Routes[K]>["body"];
}

type ParamsBuilder<K extends keyof Routes> = (
  request: ActionRequest<K>,
  app: AppContext,
) => UpstreamParams<K>;

const sessionOnly = ({ callSessionId }: { callSessionId: number }) => ({
  call_session_id: callSessionId,
});

/**
 * Route name -> the params of the Call API method its contract spec names (`spec.upstream`).
 * Every route here is one upstream call on a live call; a route that needs more than one step
 * (blind transfer) has its own handler below.
 */
const upstreamParams = {
  hold: ({ callSessionId, body }, app) => ({
    call_session_id: callSessionId,
    contact_message: body.contact_message ?? app.config.defaultHoldMessage,
  }),
  unhold: sessionOnly,
  consult: ({ callSessionId, body }) => ({
    call_session_id: callSessionId,
    to: body.to,
    ...(body.to_message ? { to_message: body.to_message } : {}),
  }),
  transfer: sessionOnly,
  restore: sessionOnly,
  tag: ({ callSessionId, body }) => ({ call_session_id: callSessionId, tag_id: body.tag_id }),
  recording: ({ callSessionId, body }) => ({
    call_session_id: callSessionId,
    action: body.action,
  }),
  dtmf: ({ callSessionId, body }) => ({
    call_session_id: callSessionId,
    dtmf_string: body.dtmf_string,
  }),
  talkOption: ({ callSessionId, body }) => ({
    call_session_id: callSessionId,
    button: body.button,
  }),
  blockContact: sessionOnly,
  coach: ({ callSessionId, body }) => ({
    call_session_id: callSessionId,
    ...(body.phone_number ? { phone_number: body.phone_number } : {}),
  }),
  disconnectLeg: ({ callSessionId, params }) => ({
    call_session_id: callSessionId,
    leg_id: Number(params.legId),
  }),
  releaseCall: sessionOnly,
} satisfies { [K in keyof Routes]?: ParamsBuilder<K> };

type ActionRouteName = keyof typeof upstreamParams;

/**
 * The management methods on a live call. Each route validates its body (defineRoute), calls its
 * upstream method, refreshes the feed at once so every board shows the change, and is audited.
 */
export function callActionRoutes(app: AppContext): Router {
  const router = express.Router();
  for (const name of Object.keys(upstreamParams) as ActionRouteName[]) {
    mountAction(router, app, name);
  }

  defineRoute(
    router,
    app,
    routes.blindTransfer,
    async ({ params, body }) => {
      try {
        await blindTransfer(app, Number(params.id), body);
      } finally {
        // Even a failed later step changed the call (the caller is on hold): show it.
        app.feed.requestReconcile("action");
      }
      return ok;
    },
    { audit: "blind_transfer" },
  );

  return router;
}

function mountAction<K extends ActionRouteName>(router: Router, app: AppContext, name: K): void {
  const spec = routes[name];
  const method = spec.upstream;
  // The contract types `upstream` as text; refuse to mount a route whose method the client lacks.
  if (!isCallMethodName(method)) throw new Error(`route ${name}: unknown upstream ${method}`);
  const build = upstreamParams[name] as unknown as ParamsBuilder<K>;
  defineRoute(
    router,
    app,
    spec,
    async ({ params, body }) => {
      const request = { callSessionId: Number(params.id), params, body } as ActionRequest<K>;
      await app.callApi.call(method, build(request, app) as CallParams<typeof method>);
      if (name === "hold" || name === "unhold" || name === "restore") {
        app.feed.applyAction(request.callSessionId, name);
      }
      app.feed.requestReconcile("action");
      return ok;
    },
    { audit: true },
  );
}
