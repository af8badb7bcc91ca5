import {
  actionResultSchema,
  type blindTransferBodySchema,
  type coachBodySchema,
  type consultBodySchema,
  type dtmfBodySchema,
  type holdBodySchema,
  type recordingBodySchema,
  type tagBodySchema,
  type talkOptionBodySchema,
} from "@callboard/contract";
import { useMutation } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "../../../lib/api-client";
import { notifySuccess } from "../../../lib/notify";

type Empty = Record<string, never>;

/** Each action's body: the contract's schema (Call API field names, so errors name the input). */
export interface CallActionBodies {
  hold: z.infer<typeof holdBodySchema>;
  unhold: Empty;
  consult: z.infer<typeof consultBodySchema>;
  transfer: Empty;
  restore: Empty;
  blindTransfer: z.infer<typeof blindTransferBodySchema>;
  tag: z.infer<typeof tagBodySchema>;
  recording: z.infer<typeof recordingBodySchema>;
  dtmf: z.infer<typeof dtmfBodySchema>;
  talkOption: z.infer<typeof talkOptionBodySchema>;
  coach: z.infer<typeof coachBodySchema>;
  blockContact: Empty;
  disconnectLeg: { legId: number };
  release: Empty;
}
export type CallAction = keyof CallActionBodies;

const postPaths: Record<Exclude<CallAction, "disconnectLeg" | "release">, string> = {
  hold: "hold",
  unhold: "unhold",
  consult: "consult",
  transfer: "transfer",
  restore: "restore",
  blindTransfer: "blind-transfer",
  tag: "tags",
  recording: "recording",
  dtmf: "dtmf",
  talkOption: "talk-option",
  coach: "coach",
  blockContact: "block-contact",
};

/** Sends one action on a call, with an Idempotency-Key so a retry is never done twice. */
export function sendCallAction<A extends CallAction>(
  action: A,
  callId: number,
  body: CallActionBodies[A],
  signal?: AbortSignal,
) {
  const options = { schema: actionResultSchema, idempotencyKey: true, signal };
  if (action === "release") return apiRequest("DELETE", `/api/calls/${callId}`, options);
  if (action === "disconnectLeg") {
    const { legId } = body as CallActionBodies["disconnectLeg"];
    return apiRequest("DELETE", `/api/calls/${callId}/legs/${legId}`, options);
  }
  const path = postPaths[action as keyof typeof postPaths];
  return apiRequest("POST", `/api/calls/${callId}/${path}`, { ...options, body });
}

export interface CallActionVariables<A extends CallAction> {
  callId: number;
  body: CallActionBodies[A];
  /** The notification shown when it worked; none when omitted. */
  successText?: string;
}

/**
 * The mutation behind one action button: pending while it runs (the button shows a loader), a
 * success notification, and failures through the query client's one error path unless `silent`
 * (a dialog that shows the error on its field). The live feed shows the new state.
 */
export function useCallAction<A extends CallAction>(action: A, options: { silent?: boolean } = {}) {
  return useMutation({
    mutationKey: ["call-action", action],
    mutationFn: (variables: CallActionVariables<A>) =>
      sendCallAction(action, variables.callId, variables.body),
    meta: { silent: options.silent ?? false },
    onSuccess: (_result, variables) => {
      if (variables.successText) notifySuccess(variables.successText);
    },
  });
}
