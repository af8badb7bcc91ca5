import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "../../lib/api-client";
import { queryKeys } from "../../lib/query-keys";

/** Checked by hand: the header is on the board's first load, which carries no zod schemas. */
function readWaiting(json: unknown): { waiting: number } | null {
  const waiting = (json as { waiting?: unknown } | null)?.waiting;
  return typeof waiting === "number" ? { waiting } : null;
}

/** The count of waiting missed calls beside the navigation link; `missed` feed events refresh it. */
export function MissedNavCount({ label }: { label: (count: number) => string }) {
  const summary = useQuery({
    queryKey: queryKeys.missedSummary,
    queryFn: ({ signal }) =>
      apiRequest("GET", "/api/missed-calls/summary", { check: readWaiting, signal }),
    refetchInterval: 30_000,
  });
  const waiting = summary.data?.waiting ?? 0;
  if (waiting === 0) return null;
  return (
    <span className="shell-nav-count" role="status" aria-label={label(waiting)}>
      {waiting}
    </span>
  );
}
