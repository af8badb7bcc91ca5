import {
  type Access,
  type Role,
  type RouteName,
  type RouteSpec,
  routes,
} from "@callboard/contract";
import type { Agent } from "../harness";

/** A valid request to one route of the contract: the path filled in, a body that passes its schema. */
export interface RouteSample {
  name: RouteName;
  spec: RouteSpec;
  path: string;
  body?: Record<string, unknown>;
}

/** Ids the samples point at (a live call, one of its legs, a dashboard user). */
export interface SampleIds {
  callId: number;
  legId: number;
  userId: number;
}

export const simpleCallBody = {
  virtual_phone_number: "74993720692",
  contact: "79031234567",
  first_call: "operator",
  operator: "79260000001",
};

/**
 * One sample per route. Typed as a Record over every RouteName, so a route added to the contract
 * does not compile here until the suites know how to call it.
 */
function samplesFor(
  ids: SampleIds,
): Record<RouteName, { path?: string; body?: Record<string, unknown> }> {
  const call = `/api/calls/${ids.callId}`;
  return {
    health: {},
    login: { body: { username: "operator", password: "demo" } },
    session: {},
    logout: {},
    listCalls: {},
    callEvents: {},
    startCall: { path: "/api/calls/start/simple", body: simpleCallBody },
    hold: { path: `${call}/hold`, body: {} },
    unhold: { path: `${call}/unhold`, body: {} },
    consult: { path: `${call}/consult`, body: { to: "79261112233" } },
    transfer: { path: `${call}/transfer`, body: {} },
    restore: { path: `${call}/restore`, body: {} },
    blindTransfer: { path: `${call}/blind-transfer`, body: { to: "79261112233" } },
    tag: { path: `${call}/tags`, body: { tag_id: 1 } },
    recording: { path: `${call}/recording`, body: { action: "on" } },
    dtmf: { path: `${call}/dtmf`, body: { dtmf_string: "12#" } },
    talkOption: { path: `${call}/talk-option`, body: { button: "1" } },
    blockContact: { path: `${call}/block-contact`, body: {} },
    coach: { path: `${call}/coach`, body: {} },
    disconnectLeg: { path: `${call}/legs/${ids.legId}` },
    releaseCall: { path: call },
    talkOptions: {},
    directoryTags: {},
    directoryEmployees: {},
    directoryVirtualNumbers: {},
    directoryScenarios: {},
    directoryMediaFiles: {},
    budget: {},
    limits: {},
    audit: {},
    listUsers: {},
    createUser: {
      body: { username: "new-operator", password: "long-enough-pw", role: "operator" },
    },
    updateUser: { path: `/api/users/${ids.userId}`, body: { displayName: "Renamed" } },
    notificationKit: {},
    notificationStatus: {},
    webhook: { body: { event: "incoming_call", call_session_id: 1 } },
    history: {},
    historyExport: {},
    contactHistory: { path: "/api/history/contact?number=79031234567" },
    historyCall: { path: `/api/history/${ids.callId}` },
    historyRecording: { path: `/api/history/${ids.callId}/recordings/0` },
    wrapUp: { path: `/api/history/${ids.callId}/wrap-up`, body: { note: "Called about an order" } },
    missedCalls: {},
    missedSummary: {},
    claimMissed: { path: "/api/missed-calls/1/claim", body: {} },
    releaseMissed: { path: "/api/missed-calls/1/release", body: {} },
    callBackMissed: { path: "/api/missed-calls/1/call-back", body: {} },
  };
}

export function routeSamples(ids: SampleIds): RouteSample[] {
  const samples = samplesFor(ids);
  return (Object.keys(routes) as RouteName[]).map((name) => {
    const spec: RouteSpec = routes[name];
    const sample = samples[name];
    return {
      name,
      spec,
      path: sample.path ?? spec.path,
      ...(sample.body ? { body: sample.body } : {}),
    };
  });
}

export const isStateChanging = (spec: RouteSpec) => spec.method !== "GET";

const roleOrder: Role[] = ["operator", "supervisor", "admin"];

/** The roles that do not reach `access` (none for public and operator routes). */
export function rolesBelow(access: Access): Role[] {
  if (access === "public") return [];
  return roleOrder.slice(0, roleOrder.indexOf(access));
}

/** The sample's request with `agent`, no body yet (the agent's headers, e.g. X-CSRF-Token, ride along). */
export function open(agent: Agent, sample: RouteSample) {
  const method = sample.spec.method.toLowerCase() as "get" | "post" | "patch" | "delete";
  return agent[method](sample.path);
}

/** Sends the sample's request with its valid body. */
export function send(agent: Agent, sample: RouteSample) {
  const request = open(agent, sample);
  return sample.body === undefined ? request : request.send(sample.body);
}
