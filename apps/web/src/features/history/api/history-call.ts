import { historyDetailSchema, type WrapUpBody } from "@callboard/contract";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiRequestError, apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** How often a 404 is asked again: the BFF writes a finished call a moment after the board drops it. */
const NOT_YET_RETRIES = 3;

/** GET /api/history/:id: one call, with the actions users took on it. */
export function historyCallQueryOptions(callSessionId: number) {
  return queryOptions({
    queryKey: queryKeys.historyCall(callSessionId),
    queryFn: ({ signal }) =>
      apiRequest("GET", `/api/history/${callSessionId}`, { schema: historyDetailSchema, signal }),
    retry: (failures, error) =>
      error instanceof ApiRequestError && error.status === 404 && failures < NOT_YET_RETRIES,
    retryDelay: (failures) => 400 * 2 ** failures,
    // A 404 means "not yours" (or not written yet): the pane simply shows no wrap-up.
    meta: { silent: true },
  });
}

export function useHistoryCall(callSessionId: number, enabled = true) {
  return useQuery({ ...historyCallQueryOptions(callSessionId), enabled });
}

/**
 * POST /api/history/:id/wrap-up: the operator's note and disposition. The answer is the call as
 * stored; it replaces the detail and refreshes every history list. Errors are shown by the form.
 */
export function useWrapUp(callSessionId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WrapUpBody) =>
      apiRequest("POST", `/api/history/${callSessionId}/wrap-up`, {
        body,
        schema: historyDetailSchema,
      }),
    meta: { silent: true },
    onSuccess: (detail) => {
      queryClient.setQueryData(queryKeys.historyCall(callSessionId), detail);
      // The lists (keyed by their filters); not the live calls' contact context.
      void queryClient.invalidateQueries({
        queryKey: ["history"],
        predicate: (query) => typeof query.queryKey[1] === "object",
      });
    },
  });
}
