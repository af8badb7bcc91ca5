import {
  type CreateUserBody,
  type UpdateUserBody,
  userListSchema,
  userSchema,
} from "@callboard/contract";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "../../../lib/api-client";
import { queryKeys } from "../../../lib/query-keys";

export const usersQueryOptions = queryOptions({
  queryKey: queryKeys.users,
  queryFn: ({ signal }) => apiRequest("GET", "/api/users", { schema: userListSchema, signal }),
});

/** GET /api/users (admins). */
export function useUsers(enabled: boolean) {
  return useQuery({ ...usersQueryOptions, enabled });
}

/** POST /api/users; the form shows field errors itself. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateUserBody) =>
      apiRequest("POST", "/api/users", { body, schema: userSchema }),
    meta: { silent: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });
}

export interface UpdateUserVariables {
  id: number;
  body: UpdateUserBody;
}

/** PATCH /api/users/:id: role, employee link, password, disabled. Errors as notifications unless `silent`. */
export function useUpdateUser(silent = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: UpdateUserVariables) =>
      apiRequest("PATCH", `/api/users/${id}`, { body, schema: userSchema }),
    meta: { silent },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  });
}
