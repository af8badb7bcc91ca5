import { hasRole, type Role, type Session } from "@callboard/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiRequestError, apiRequest, setCsrfToken } from "./api-client";
import { checkSession } from "./checks/check-session";
import { discardEarlyStream, takeEarlySession } from "./early-start";
import { queryKeys } from "./query-keys";

/** The logged-in session, or null when nobody is logged in (401). */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  // The first time, the boot script has sent this request already (lib/early-start.ts).
  const started = takeEarlySession();
  try {
    const session = await apiRequest("GET", "/api/session", {
      // By hand, not sessionSchema: zod stays off the first page (docs/board.md).
      check: checkSession,
      signal,
      started,
    });
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    discardEarlyStream();
    if (error instanceof ApiRequestError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export const sessionQueryOptions = queryOptions({
  queryKey: queryKeys.session,
  queryFn: ({ signal }) => fetchSession(signal),
  staleTime: 5 * 60_000,
  retry: 2,
  meta: { silent: true },
});

export function useSession(): Session | null {
  return useQuery(sessionQueryOptions).data ?? null;
}

/** True when the logged-in user has at least `role` (operator < supervisor < admin). */
export function useHasRole(role: Role): boolean {
  const session = useSession();
  return session ? hasRole(session.user.role, role) : false;
}
