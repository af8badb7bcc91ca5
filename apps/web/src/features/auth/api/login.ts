import type { LoginBody } from "@callboard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, setCsrfToken } from "../../../lib/api-client";
import { checkSession } from "../../../lib/checks/check-session";
import { queryKeys } from "../../../lib/query-keys";

export function login(body: LoginBody) {
  return apiRequest("POST", "/api/session", { body, check: checkSession });
}

/** Logs in; errors are shown on the form (meta.silent), not as a notification. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    meta: { silent: true },
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(queryKeys.session, session);
    },
  });
}
