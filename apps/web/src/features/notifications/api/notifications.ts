import { notificationKitSchema, notificationStatusSchema } from "@callboard/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

// The self-test is the BFF's own counters (no upstream call): refreshing it costs no points.
const STATUS_REFRESH_MS = 3_000;

export const notificationKitQueryOptions = queryOptions({
  queryKey: queryKeys.notificationKit,
  queryFn: ({ signal }) =>
    apiRequest("GET", "/api/admin/notification-kit", { schema: notificationKitSchema, signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

export const notificationStatusQueryOptions = queryOptions({
  queryKey: queryKeys.notificationStatus,
  queryFn: ({ signal }) =>
    apiRequest("GET", "/api/admin/notification-status", {
      schema: notificationStatusSchema,
      signal,
    }),
  refetchInterval: STATUS_REFRESH_MS,
  refetchIntervalInBackground: false,
});

/** GET /api/admin/notification-kit (admins): what to paste into CallGear. */
export function useNotificationKit() {
  return useQuery(notificationKitQueryOptions);
}

/** GET /api/admin/notification-status (admins): the self-test, refreshed while the page is open. */
export function useNotificationStatus() {
  return useQuery(notificationStatusQueryOptions);
}
