import { type CallList, type CallPhase, callListSchema } from "@callboard/contract";
import { Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { apiRequest } from "../../../lib/api-client";
import { useT } from "../../../lib/i18n";
import { queryKeys } from "../../../lib/query-keys";
import { dialerDictionary } from "../i18n";

// Reads the live feed's cache (the shell keeps it fresh); never fetches on its own.
const selectPhase = (id: number) => (list: CallList) =>
  list.calls.find((session) => session.id === id)?.phase ?? null;

/** Where the call just started stands now, from the live board's data. */
export function StartedCallStatus({ callSessionId }: { callSessionId: number }) {
  const t = useT(dialerDictionary);
  const { data: phase } = useQuery({
    queryKey: queryKeys.calls,
    queryFn: ({ signal }) => apiRequest("GET", "/api/calls", { schema: callListSchema, signal }),
    enabled: false,
    select: selectPhase(callSessionId),
  });
  // "Gone" only means something once the call has been seen on the board.
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (phase) setSeen(true);
  }, [phase]);

  if (phase)
    return <Text size="sm">{t("phase", { phase: t(`phase.${phase as CallPhase}`) })}</Text>;
  if (seen) return <Text size="sm">{t("ended")}</Text>;
  return null;
}
