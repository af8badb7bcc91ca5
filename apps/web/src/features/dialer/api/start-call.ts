import {
  type StartCallKind,
  type StartCallResult,
  startCallResultSchema,
} from "@callboard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export interface StartCallVariables {
  kind: StartCallKind;
  body: Record<string, unknown>;
}

/** POST /api/calls/start/:kind; the Idempotency-Key keeps a retried click from calling twice. */
export function startCall({ kind, body }: StartCallVariables): Promise<StartCallResult> {
  return apiRequest("POST", `/api/calls/start/${kind}`, {
    body,
    schema: startCallResultSchema,
    idempotencyKey: true,
  });
}

/** Starts a call; the form shows field errors itself, so the mutation is silent. */
export function useStartCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startCall,
    meta: { silent: true },
    // The new session shows on the board with the next feed event; this only speeds up polling.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.budget }),
  });
}
