import { budgetSchema } from "@callboard/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

// The live feed writes the budget into this key with every status event; this slow fetch only
// covers a page without the feed (or before its first status).
const BUDGET_FALLBACK_MS = 30_000;

export const budgetQueryOptions = queryOptions({
  queryKey: queryKeys.budget,
  queryFn: ({ signal }) =>
    apiRequest("GET", "/api/budget", { schema: budgetSchema.nullable(), signal }),
  staleTime: BUDGET_FALLBACK_MS,
  refetchInterval: BUDGET_FALLBACK_MS,
  meta: { silent: true },
});

/** The API budget for the header: null until the BFF has seen one upstream reply. */
export function useBudget(enabled: boolean) {
  return useQuery({ ...budgetQueryOptions, enabled });
}
