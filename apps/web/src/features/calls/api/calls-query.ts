import type { CallList } from "@callboard/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import { parseCallList } from "../feed/parse-feed-event";

/** Polling interval of the fallback when the SSE stream keeps failing. */
export const FALLBACK_POLL_MS = 2_000;

export function fetchCalls(signal?: AbortSignal): Promise<CallList> {
  // Checked by hand, like the feed's snapshot (parse-feed-event.ts says why).
  return apiRequest("GET", "/api/calls", { check: parseCallList, signal });
}

/**
 * The board's data. The live feed writes every SSE event into this key; the query itself only
 * fetches while the feed has fallen back to polling (`enabled`).
 */
export function callsQueryOptions(polling: boolean) {
  return queryOptions({
    queryKey: queryKeys.calls,
    queryFn: ({ signal }) => fetchCalls(signal),
    enabled: polling,
    staleTime: polling ? 0 : Number.POSITIVE_INFINITY,
    refetchInterval: polling ? FALLBACK_POLL_MS : false,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

/** The call list on the screen (undefined before the first snapshot). */
export function useCallList(): CallList | undefined {
  return useQuery(callsQueryOptions(false)).data;
}
