import { limitsReportSchema } from "@callboard/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

// The report is the BFF's own tracker (no upstream call), so a short interval costs no points.
const LIMITS_REFRESH_MS = 3_000;

export const limitsQueryOptions = queryOptions({
  queryKey: queryKeys.limits,
  queryFn: ({ signal }) => apiRequest("GET", "/api/limits", { schema: limitsReportSchema, signal }),
  refetchInterval: LIMITS_REFRESH_MS,
  refetchIntervalInBackground: false,
});

/** GET /api/limits (admins), refreshed every few seconds while the page is open. */
export function useLimits(enabled: boolean) {
  return useQuery({ ...limitsQueryOptions, enabled });
}
