import type { IncomingMessage, ServerResponse } from "node:http";
import type { z } from "zod";
import { allComponents } from "../auth/components";
import { toControlView } from "../calls/call-view";
import { createControlCall } from "../calls/control-calls";
import { decodeUtf8, readBody, sendJson } from "../http/http-io";
import { deliveryUpdateSchema, notificationListSchema } from "../notify/notification-schemas";
import type { SimState } from "../sim-state";
import {
  accountBodySchema,
  advanceBodySchema,
  createCallBodySchema,
  faultBodySchema,
  inboundBodySchema,
  languageBodySchema,
  limitsBodySchema,
  resetBodySchema,
  ttsLimitBodySchema,
  userBodySchema,
} from "./control-schemas";

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function bodyOf<S extends z.ZodType>(req: IncomingMessage, schema: S): Promise<z.output<S>> {
  const { text } = decodeUtf8(await readBody(req));
  let json: unknown = {};
  if (text.trim() !== "") {
    try {
      json = JSON.parse(text);
    } catch {
      throw new ControlError(400, "the body is not JSON");
    }
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
    throw new ControlError(400, problems.join("; "));
  }
  return parsed.data;
}

type Route = (sim: SimState, req: IncomingMessage, url: URL) => Promise<unknown>;

const routes: Record<string, Route> = {
  "POST /control/reset": async (sim, req) => {
    const body = await bodyOf(req, resetBodySchema);
    // Without a seed the same one starts over, with ids never seen before (a watching BFF);
    // with one, that seed replays exactly, ids included.
    sim.reset(body.seed ?? sim.options.seed ?? 1, body.inboundPerMinute, body.seed === undefined);
    return { ok: true, now: new Date(sim.now()).toISOString() };
  },
  "POST /control/clock/advance": async (sim, req) => {
    const { seconds } = await bodyOf(req, advanceBodySchema);
    sim.clock.advance(seconds * 1000);
    sim.catchUp();
    return { now: new Date(sim.now()).toISOString() };
  },
  "GET /control/clock": async (sim) => ({
    now: new Date(sim.now()).toISOString(),
    kind: sim.clock.kind,
  }),
  "POST /control/calls": async (sim, req) => {
    const body = await bodyOf(req, createCallBodySchema);
    let session: ReturnType<typeof createControlCall>;
    try {
      session = createControlCall(sim.engine, sim.consult, body);
    } catch (error) {
      throw new ControlError(400, error instanceof Error ? error.message : String(error));
    }
    return toControlView(session, sim.language, sim.now());
  },
  "GET /control/calls": async (sim) =>
    [...sim.engine.sessions.values()].map((session) =>
      toControlView(session, sim.language, sim.now()),
    ),
  "POST /control/limits": async (sim, req) => {
    const { weights, ...limits } = await bodyOf(req, limitsBodySchema);
    sim.budget.set(sim.now(), limits);
    if (weights) sim.budget.setWeights(weights);
    return sim.budget.snapshot(sim.now());
  },
  "GET /control/limits": async (sim) => sim.budget.snapshot(sim.now()),
  "POST /control/language": async (sim, req) => {
    sim.language = (await bodyOf(req, languageBodySchema)).language;
    return { language: sim.language };
  },
  "POST /control/faults": async (sim, req) => {
    const fault = await bodyOf(req, faultBodySchema);
    // expire_tokens is not a fault of a request: it happens at once.
    if (fault.kind === "expire_tokens") sim.accounts.expireAllSessions();
    else sim.faults.add({ ...fault, kind: fault.kind });
    return { faults: sim.faults.list() };
  },
  "DELETE /control/faults": async (sim) => {
    sim.faults.clear();
    return { faults: [] };
  },
  "GET /control/faults": async (sim) => ({ faults: sim.faults.list() }),
  "GET /control/requests": async (sim, _req, url) =>
    sim.requestLog.list(url.searchParams.get("method") ?? undefined),
  "DELETE /control/requests": async (sim) => {
    sim.requestLog.clear();
    return { ok: true };
  },
  "POST /control/account": async (sim, req) => {
    const body = await bodyOf(req, accountBodySchema);
    const { accounts, world } = sim;
    if (body.inactive !== undefined) accounts.inactive = body.inactive;
    if (body.ipWhitelist !== undefined) accounts.ipWhitelist = body.ipWhitelist;
    if (body.blockedKeys) accounts.blockedKeys = new Set(body.blockedKeys);
    if (body.expiredKeys) accounts.expiredKeys = new Set(body.expiredKeys);
    for (const key of [...(body.blockedKeys ?? []), ...(body.expiredKeys ?? [])]) {
      if (!accounts.keys.has(key)) accounts.keys.set(key, "demo");
    }
    if (body.ttsMaxLength !== undefined) world.ttsMaxLength = body.ttsMaxLength;
    if (body.coachEmployeeId !== undefined) world.coachEmployeeId = body.coachEmployeeId;
    if (body.blacklist) world.blacklist = [...body.blacklist];
    return accountView(sim);
  },
  "GET /control/account": async (sim) => accountView(sim),
  "POST /control/tts-limit": async (sim, req) => {
    sim.world.ttsMaxLength = (await bodyOf(req, ttsLimitBodySchema)).ttsMaxLength;
    return { ttsMaxLength: sim.world.ttsMaxLength };
  },
  "POST /control/users": async (sim, req) => {
    const body = await bodyOf(req, userBodySchema);
    sim.accounts.users.set(body.login, {
      login: body.login,
      password: body.password,
      components: body.components ?? [...allComponents],
    });
    for (const key of body.keys ?? []) sim.accounts.keys.set(key, body.login);
    return { login: body.login, components: sim.accounts.users.get(body.login)?.components };
  },
  "POST /control/notifications": async (sim, req) => {
    sim.notifications.configure(await bodyOf(req, notificationListSchema));
    return notificationsView(sim);
  },
  "GET /control/notifications": async (sim) => notificationsView(sim),
  "POST /control/notifications/delivery": async (sim, req) => {
    const update = await bodyOf(req, deliveryUpdateSchema);
    try {
      sim.notifications.setDelivery(update);
      return deliveryView(sim);
    } catch (error) {
      throw new ControlError(400, error instanceof Error ? error.message : String(error));
    }
  },
  "GET /control/notifications/delivery": async (sim) => deliveryView(sim),
  "POST /control/inbound": async (sim, req) => {
    const { perMinute } = await bodyOf(req, inboundBodySchema);
    sim.inbound.setRate(perMinute);
    return { perMinute };
  },
};

function notificationsView(sim: SimState) {
  // A URL may carry the receiver's shared secret in its query: never echo it.
  return sim.notifications
    .list()
    .map((notification) => ({ ...notification, url: notification.url.replace(/\?.*$/, "?***") }));
}

/** The delivery settings, and how many posts are still waiting or under way. */
function deliveryView(sim: SimState) {
  return { ...sim.notifications.delivery, pending: sim.notifications.pending };
}

function accountView(sim: SimState) {
  const { accounts, world } = sim;
  return {
    inactive: accounts.inactive,
    ipWhitelist: accounts.ipWhitelist,
    blockedKeys: [...accounts.blockedKeys],
    expiredKeys: [...accounts.expiredKeys],
    ttsMaxLength: world.ttsMaxLength,
    coachEmployeeId: world.coachEmployeeId,
    blacklist: [...world.blacklist],
    users: [...accounts.users.values()].map(({ login, components }) => ({ login, components })),
  };
}

/** The control API for tests, under /control (404 unless the simulator enables it). */
export async function handleControl(
  sim: SimState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const route = routes[`${req.method ?? "GET"} ${url.pathname.replace(/\/$/, "")}`];
  if (!route) {
    sendJson(res, 404, { error: `no control route ${req.method} ${url.pathname}` });
    return;
  }
  try {
    sim.catchUp();
    sendJson(res, 200, await route(sim, req, url));
  } catch (error) {
    if (error instanceof ControlError) sendJson(res, error.status, { error: error.message });
    else throw error;
  }
}
