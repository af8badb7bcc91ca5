import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, setCsrfToken } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

/** Ends the session and forgets every cached reply of the previous user. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest("DELETE", "/api/session"),
    onSettled: () => {
      setCsrfToken(null);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== "session" });
      queryClient.setQueryData(queryKeys.session, null);
    },
  });
}
