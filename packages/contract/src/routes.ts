import type { z } from "zod";
import { auditPageSchema, auditQuerySchema } from "./audit";
import {
  actionResultSchema,
  blindTransferBodySchema,
  callListQuerySchema,
  callListSchema,
  coachBodySchema,
  consultBodySchema,
  dtmfBodySchema,
  emptyBodySchema,
  holdBodySchema,
  recordingBodySchema,
  startCallResultSchema,
  tagBodySchema,
  talkOptionBodySchema,
} from "./calls";
import { directorySchemas, talkOptionListSchema } from "./directory";
import { budgetSchema } from "./feed";
import {
  contactHistoryQuerySchema,
  historyDetailSchema,
  historyPageSchema,
  historyQuerySchema,
  wrapUpBodySchema,
} from "./history";
import { limitsReportSchema } from "./limits";
import {
  contactHistorySchema,
  missedActionResultSchema,
  missedListSchema,
  missedSummarySchema,
} from "./missed-calls";
import { notificationKitSchema, notificationStatusSchema } from "./notifications";
import type { Role } from "./role-rank";
import { healthSchema, loginBodySchema, sessionSchema, userSchema } from "./session";
import { createUserBodySchema, updateUserBodySchema, userListSchema } from "./users";

/** Who may call a route: nobody logged in needed (`public`), any logged-in user, or a minimum role. */
export type Access = "public" | Role;

export interface RouteSpec {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Express path. */
  path: string;
  access: Access;
  /** Call API method the route drives, if any. */
  upstream?: string;
  body?: z.ZodType;
  query?: z.ZodType;
  response?: z.ZodType;
}

const action = <B extends z.ZodType>(
  path: string,
  upstream: string,
  body: B,
  access: Access = "operator",
) => ({ method: "POST", path, access, upstream, body, response: actionResultSchema }) as const;

/**
 * Every route of the BFF. The BFF mounts handlers by these keys, the SPA calls them, and the
 * security suite walks them all (role escalation, CSRF, fuzzing).
 */
export const routes = {
  health: { method: "GET", path: "/api/health", access: "public", response: healthSchema },
  login: {
    method: "POST",
    path: "/api/session",
    access: "public",
    body: loginBodySchema,
    response: sessionSchema,
  },
  session: { method: "GET", path: "/api/session", access: "operator", response: sessionSchema },
  logout: { method: "DELETE", path: "/api/session", access: "operator" },

  listCalls: {
    method: "GET",
    path: "/api/calls",
    access: "operator",
    upstream: "list.calls",
    query: callListQuerySchema,
    response: callListSchema,
  },
  callEvents: { method: "GET", path: "/api/calls/events", access: "operator" },
  startCall: {
    method: "POST",
    path: "/api/calls/start/:kind",
    access: "operator",
    upstream: "start.*_call",
    response: startCallResultSchema,
  },
  hold: action("/api/calls/:id/hold", "hold.call", holdBodySchema),
  unhold: action("/api/calls/:id/unhold", "unhold.call", emptyBodySchema),
  consult: action("/api/calls/:id/consult", "make.call", consultBodySchema),
  transfer: action("/api/calls/:id/transfer", "transfer.talk", emptyBodySchema),
  restore: action("/api/calls/:id/restore", "restore.talk", emptyBodySchema),
  blindTransfer: action(
    "/api/calls/:id/blind-transfer",
    "hold.call+make.call+transfer.talk",
    blindTransferBodySchema,
  ),
  tag: action("/api/calls/:id/tags", "tag.call", tagBodySchema),
  recording: action("/api/calls/:id/recording", "record.call", recordingBodySchema),
  dtmf: action("/api/calls/:id/dtmf", "send.dtmf", dtmfBodySchema),
  talkOption: action("/api/calls/:id/talk-option", "call.talk_option", talkOptionBodySchema),
  blockContact: action("/api/calls/:id/block-contact", "block.contact", emptyBodySchema),
  coach: action("/api/calls/:id/coach", "add.coach", coachBodySchema, "supervisor"),
  disconnectLeg: {
    method: "DELETE",
    path: "/api/calls/:id/legs/:legId",
    access: "operator",
    upstream: "disconnect.leg",
    response: actionResultSchema,
  },
  releaseCall: {
    method: "DELETE",
    path: "/api/calls/:id",
    access: "operator",
    upstream: "release.call",
    response: actionResultSchema,
  },

  talkOptions: {
    method: "GET",
    path: "/api/talk-options",
    access: "operator",
    upstream: "list.talk_options",
    response: talkOptionListSchema,
  },
  directoryTags: dir("tags", "get.tags"),
  directoryEmployees: dir("employees", "get.employees"),
  directoryVirtualNumbers: dir("virtual-numbers", "get.virtual_numbers"),
  directoryScenarios: dir("scenarios", "get.scenarios"),
  directoryMediaFiles: dir("media-files", "get.media_files"),

  budget: {
    method: "GET",
    path: "/api/budget",
    access: "operator",
    response: budgetSchema.nullable(),
  },
  limits: { method: "GET", path: "/api/limits", access: "admin", response: limitsReportSchema },
  audit: {
    method: "GET",
    path: "/api/audit",
    access: "supervisor",
    query: auditQuerySchema,
    response: auditPageSchema,
  },
  listUsers: { method: "GET", path: "/api/users", access: "admin", response: userListSchema },
  createUser: {
    method: "POST",
    path: "/api/users",
    access: "admin",
    body: createUserBodySchema,
    response: userSchema,
  },
  updateUser: {
    method: "PATCH",
    path: "/api/users/:id",
    access: "admin",
    body: updateUserBodySchema,
    response: userSchema,
  },
  notificationKit: {
    method: "GET",
    path: "/api/admin/notification-kit",
    access: "admin",
    response: notificationKitSchema,
  },
  notificationStatus: {
    method: "GET",
    path: "/api/admin/notification-status",
    access: "admin",
    response: notificationStatusSchema,
  },
  /** CallGear's notification server; guarded by the shared secret in its URL, not a session. */
  webhook: { method: "POST", path: "/api/hooks/callgear", access: "public" },

  history: {
    method: "GET",
    path: "/api/history",
    access: "operator",
    query: historyQuerySchema,
    response: historyPageSchema,
  },
  historyExport: {
    method: "GET",
    path: "/api/history/export.csv",
    access: "operator",
    query: historyQuerySchema,
  },
  contactHistory: {
    method: "GET",
    path: "/api/history/contact",
    access: "operator",
    query: contactHistoryQuerySchema,
    response: contactHistorySchema,
  },
  historyCall: {
    method: "GET",
    path: "/api/history/:id",
    access: "operator",
    response: historyDetailSchema,
  },
  historyRecording: {
    method: "GET",
    path: "/api/history/:id/recordings/:index",
    access: "operator",
  },
  wrapUp: {
    method: "POST",
    path: "/api/history/:id/wrap-up",
    access: "operator",
    upstream: "tag.call",
    body: wrapUpBodySchema,
    response: historyDetailSchema,
  },
  missedCalls: {
    method: "GET",
    path: "/api/missed-calls",
    access: "operator",
    response: missedListSchema,
  },
  missedSummary: {
    method: "GET",
    path: "/api/missed-calls/summary",
    access: "operator",
    response: missedSummarySchema,
  },
  claimMissed: {
    method: "POST",
    path: "/api/missed-calls/:id/claim",
    access: "operator",
    body: emptyBodySchema,
    response: missedActionResultSchema,
  },
  releaseMissed: {
    method: "POST",
    path: "/api/missed-calls/:id/release",
    access: "operator",
    body: emptyBodySchema,
    response: missedActionResultSchema,
  },
  callBackMissed: {
    method: "POST",
    path: "/api/missed-calls/:id/call-back",
    access: "operator",
    upstream: "start.employee_call",
    body: emptyBodySchema,
    response: missedActionResultSchema,
  },
} as const satisfies Record<string, RouteSpec>;

function dir(kind: keyof typeof directorySchemas, upstream: string) {
  return {
    method: "GET",
    path: `/api/directory/${kind}`,
    access: "operator",
    upstream,
    response: directorySchemas[kind],
  } as const;
}

export type RouteName = keyof typeof routes;
