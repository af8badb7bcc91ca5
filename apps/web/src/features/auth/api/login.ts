import { type LoginBody, sessionSchema } from "@callboard/contract";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiRequest, setCsrfToken } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export function login(body: LoginBody) {
  return apiRequest("POST", "/api/session", { body, schema: sessionSchema });
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
