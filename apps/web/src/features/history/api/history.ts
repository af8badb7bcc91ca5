import { historyPageSchema } from "@callboard/contract";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export interface HistoryFilters {
  number?: string;
  from?: string;
  to?: string;
  direction?: "in" | "out";
  result?: "answered" | "lost";
  employeeId?: number;
}

/** GET /api/history, newest first, keyset-paged with the last page's nextCursor. */
export function historyQueryOptions(filters: HistoryFilters) {
  return infiniteQueryOptions({
    queryKey: queryKeys.history({ ...filters }),
    queryFn: ({ pageParam, signal }) =>
      apiRequest("GET", "/api/history", {
        query: { ...filters, cursor: pageParam, limit: 50 },
        schema: historyPageSchema,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useHistory(filters: HistoryFilters) {
  return useInfiniteQuery(historyQueryOptions(filters));
}

/** The same filters as a link to GET /api/history/export.csv. */
export function exportUrl(filters: HistoryFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "") params.set(name, String(value));
  }
  const query = params.toString();
  return `/api/history/export.csv${query ? `?${query}` : ""}`;
}
