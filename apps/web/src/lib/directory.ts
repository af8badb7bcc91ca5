import { type DirectoryKind, directorySchemas, talkOptionListSchema } from "@callboard/contract";
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import { apiRequest } from "./api-client";
import { queryKeys } from "./query-keys";

// The directory changes rarely; the BFF caches it for 60 s as well.
const DIRECTORY_STALE_MS = 60_000;

export type DirectoryEntries<K extends DirectoryKind> = z.infer<(typeof directorySchemas)[K]>;

export function directoryQueryOptions<K extends DirectoryKind>(kind: K) {
  return queryOptions({
    queryKey: queryKeys.directory(kind),
    queryFn: ({ signal }) =>
      apiRequest("GET", `/api/directory/${kind}`, {
        schema: directorySchemas[kind] as unknown as z.ZodType<DirectoryEntries<K>>,
        signal,
      }),
    staleTime: DIRECTORY_STALE_MS,
  });
}

export function useDirectory<K extends DirectoryKind>(kind: K) {
  return useQuery(directoryQueryOptions(kind));
}

export const talkOptionsQueryOptions = queryOptions({
  queryKey: queryKeys.talkOptions,
  queryFn: ({ signal }) =>
    apiRequest("GET", "/api/talk-options", { schema: talkOptionListSchema, signal }),
  staleTime: DIRECTORY_STALE_MS,
});

export function useTalkOptions() {
  return useQuery(talkOptionsQueryOptions);
}
