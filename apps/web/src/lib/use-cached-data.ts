import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import { useCallback, useSyncExternalStore } from "react";

/**
 * The data cached under `queryKey`, followed as it changes, without an observer of its own.
 *
 * An observer (useQuery) hands its options to the query it watches, and the last one to render
 * wins: a reader with `queryFn: skipToken` beside the query's real fetcher turned every
 * `invalidateQueries` of that key into "Missing queryFn". This reader never touches the options.
 */
export function useCachedData<T>(queryKey: QueryKey): T | undefined {
  const client = useQueryClient();
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  );
  const hash = JSON.stringify(queryKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key is compared by its hash.
  const read = useCallback(() => client.getQueryData<T>(queryKey), [client, hash]);
  return useSyncExternalStore(subscribe, read, read);
}
