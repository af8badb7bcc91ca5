import { contactHistorySchema } from "@callboard/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/**
 * GET /api/history/contact: the caller's last calls and open missed-call item, from the BFF's own
 * store (no Call API points). Fetched once per call: never stale, never refetched on a render,
 * a focus or a feed event; a new call of the same caller has its own key.
 */
export function contactHistoryQueryOptions(number: string, callSessionId: number) {
  return queryOptions({
    queryKey: queryKeys.contactHistory(number, callSessionId),
    queryFn: ({ signal }) =>
      apiRequest("GET", "/api/history/contact", {
        query: { number },
        schema: contactHistorySchema,
        signal,
      }),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnMount: false,
    refetchOnReconnect: false,
    meta: { silent: true },
  });
}

export function useContactHistory(number: string | null, callSessionId: number) {
  return useQuery({
    ...contactHistoryQueryOptions(number ?? "", callSessionId),
    enabled: number !== null && number.replace(/\D/g, "").length >= 3,
  });
}
