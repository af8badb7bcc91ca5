import {
  missedActionResultSchema,
  missedListSchema,
  missedSummarySchema,
} from "@callboard/contract";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** GET /api/missed-calls; the feed's `missed` events invalidate it, the poll is a fallback. */
export const missedCallsQueryOptions = queryOptions({
  queryKey: queryKeys.missed,
  queryFn: ({ signal }) =>
    apiRequest("GET", "/api/missed-calls", { schema: missedListSchema, signal }),
  refetchInterval: 30_000,
});

export const missedSummaryQueryOptions = queryOptions({
  queryKey: queryKeys.missedSummary,
  queryFn: ({ signal }) =>
    apiRequest("GET", "/api/missed-calls/summary", { schema: missedSummarySchema, signal }),
  refetchInterval: 30_000,
});

export function useMissedCalls() {
  return useQuery(missedCallsQueryOptions);
}

export function useMissedSummary() {
  return useQuery(missedSummaryQueryOptions);
}

type MissedAction = "claim" | "release" | "call-back";

/** Claim, release and call back: each with an Idempotency-Key, as the call actions do. */
export function useMissedAction(action: MissedAction) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      apiRequest("POST", `/api/missed-calls/${id}/${action}`, {
        body: {},
        schema: missedActionResultSchema,
        idempotencyKey: true,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.missed }),
  });
}
