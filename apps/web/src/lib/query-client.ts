import { MutationCache, notifyManager, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiRequestError, setCsrfToken } from "./api-client";
import { notifyError } from "./notify";
import { queryKeys } from "./query-keys";

declare module "@tanstack/react-query" {
  interface Register {
    /** `silent`: the component shows the error itself (inline), no notification. */
    queryMeta: { silent?: boolean };
    mutationMeta: { silent?: boolean };
  }
}

/**
 * Errors reach the user from here: a notification with the BFF's message, unless the query or
 * mutation says it shows them inline. A 401 anywhere means the session is gone: back to login.
 */
export function createQueryClient(): QueryClient {
  // Observers hear of a cache write at the end of the current task, not in a setTimeout(0) task
  // of their own: a feed event is applied and rendered in the task that received it, before the
  // next frame (a timer task could land after it: one frame, ~17 ms, later on screen).
  notifyManager.setScheduler(queueMicrotask);
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (handleLostSession(error)) return;
        if (query.meta?.silent) return;
        notifyError(error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (handleLostSession(error)) return;
        if (mutation.meta?.silent) return;
        notifyError(error);
      },
    }),
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          failures < 2 &&
          !(error instanceof ApiRequestError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });

  function handleLostSession(error: unknown): boolean {
    if (!(error instanceof ApiRequestError) || error.status !== 401) return false;
    if (error.mnemonic === "invalid_credentials") return false;
    setCsrfToken(null);
    client.setQueryData(queryKeys.session, null);
    return true;
  }

  return client;
}
