import { type ActionResult, routes } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { defineRoute } from "../../http/define-route";
import { blindTransfer } from "./blind-transfer";

const ok: ActionResult = { ok: true };

/**
 * One route per management method on a live call. Each validates its body (defineRoute), calls
 * the method, refreshes the feed at once so every board shows the change, and is audited.
 */
export function callActionRoutes(app: AppContext): Router {
  const router = express.Router();
  const audited = { audit: true } as const;
  const done = () => {
    app.feed.requestReconcile("action");
    return ok;
  };
  const id = (params: Record<string, string | number>) => Number(params.id);

  defineRoute(
    router,
    app,
    routes.hold,
    async ({ params, body }) => {
      await app.callApi.call("hold.call", {
        call_session_id: id(params),
        contact_message: body.contact_message ?? app.config.defaultHoldMessage,
      });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.unhold,
    async ({ params }) => {
      await app.callApi.call("unhold.call", { call_session_id: id(params) });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.consult,
    async ({ params, body }) => {
      await app.callApi.call("make.call", {
        call_session_id: id(params),
        to: body.to,
        ...(body.to_message ? { to_message: body.to_message } : {}),
      });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.transfer,
    async ({ params }) => {
      await app.callApi.call("transfer.talk", { call_session_id: id(params) });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.restore,
    async ({ params }) => {
      await app.callApi.call("restore.talk", { call_session_id: id(params) });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.blindTransfer,
    async ({ params, body }) => {
      try {
        await blindTransfer(app, id(params), body);
      } finally {
        // Even a failed later step changed the call (the caller is on hold): show it.
        app.feed.requestReconcile("action");
      }
      return ok;
    },
    { audit: "blind_transfer" },
  );

  defineRoute(
    router,
    app,
    routes.tag,
    async ({ params, body }) => {
      await app.callApi.call("tag.call", { call_session_id: id(params), tag_id: body.tag_id });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.recording,
    async ({ params, body }) => {
      await app.callApi.call("record.call", { call_session_id: id(params), action: body.action });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.dtmf,
    async ({ params, body }) => {
      await app.callApi.call("send.dtmf", {
        call_session_id: id(params),
        dtmf_string: body.dtmf_string,
      });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.talkOption,
    async ({ params, body }) => {
      await app.callApi.call("call.talk_option", {
        call_session_id: id(params),
        button: body.button,
      });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.blockContact,
    async ({ params }) => {
      await app.callApi.call("block.contact", { call_session_id: id(params) });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.coach,
    async ({ params, body }) => {
      await app.callApi.call("add.coach", {
        call_session_id: id(params),
        ...(body.phone_number ? { phone_number: body.phone_number } : {}),
      });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.disconnectLeg,
    async ({ params }) => {
      await app.callApi.call("disconnect.leg", {
        call_session_id: id(params),
        leg_id: Number(params.legId),
      });
      return done();
    },
    audited,
  );

  defineRoute(
    router,
    app,
    routes.releaseCall,
    async ({ params }) => {
      await app.callApi.call("release.call", { call_session_id: id(params) });
      return done();
    },
    audited,
  );

  return router;
}
