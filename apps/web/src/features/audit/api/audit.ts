import { auditPageSchema } from "@callboard/contract";
import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";
import type { AuditFilters } from "../model/audit-filters";

const PAGE_SIZE = 50;

/** GET /api/audit with the filters, paging backwards with `before` = the last page's nextBefore. */
export function auditQueryOptions(filters: AuditFilters) {
  return infiniteQueryOptions({
    queryKey: queryKeys.audit(filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest("GET", "/api/audit", {
        query: { ...filters, before: pageParam, limit: PAGE_SIZE },
        schema: auditPageSchema,
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}

export function useAuditLog(filters: AuditFilters, enabled: boolean) {
  return useInfiniteQuery({ ...auditQueryOptions(filters), enabled });
}
