import "@mantine/core/styles/Table.css";
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, lazy, Suspense, useMemo, useState } from "react";
import { useT } from "../../lib/i18n";
import { useHasRole } from "../../lib/session";
import { exportUrl, type HistoryFilters, useHistory } from "./api/history";
import { historyDictionary } from "./i18n";
import { wrapUpDictionary } from "./wrap-up-i18n";

// The detail and its wrap-up form load on the first "Details".
const HistoryCallDialog = lazy(() =>
  import("./components/history-call-dialog").then((m) => ({ default: m.HistoryCallDialog })),
);

/** A local date (YYYY-MM-DD) as the start of that day, or of the next one, in ISO. */
function dayBound(date: string, end: boolean): string | undefined {
  if (!date) return undefined;
  const day = new Date(`${date}T00:00:00`);
  if (end) day.setDate(day.getDate() + 1);
  return day.toISOString();
}

/** /history: recent calls (an operator's own; all for supervisors and admins), filters, CSV. */
export default function HistoryPage() {
  const t = useT(historyDictionary);
  const tw = useT(wrapUpDictionary);
  const [openCallId, setOpenCallId] = useState<number | null>(null);
  const all = useHasRole("supervisor");
  const [filters, setFilters] = useState<HistoryFilters>({});
  const history = useHistory(filters);
  const calls = useMemo(() => history.data?.pages.flatMap((p) => p.calls) ?? [], [history.data]);

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const to = dayBound(text("to"), true);
    setFilters({
      number: text("number") || undefined,
      from: dayBound(text("from"), false),
      // `to` is exclusive at the BFF when a date-time: the next local midnight.
      to: to ? new Date(Date.parse(to) - 1).toISOString() : undefined,
      direction: (text("direction") || undefined) as HistoryFilters["direction"],
      result: (text("result") || undefined) as HistoryFilters["result"],
    });
  };

  return (
    <Stack gap="md">
      <Title order={1}>{t("title")}</Title>
      <Text c="dimmed">{t(all ? "introAll" : "introOwn")}</Text>
      <form onSubmit={apply}>
        <Group align="end" gap="sm">
          <TextInput name="number" label={t("number")} inputMode="tel" maxLength={32} />
          <TextInput name="from" type="date" label={t("from")} />
          <TextInput name="to" type="date" label={t("to")} />
          <NativeSelect
            name="direction"
            label={t("direction")}
            data={[
              { value: "", label: t("any") },
              { value: "in", label: t("in") },
              { value: "out", label: t("out") },
            ]}
          />
          <NativeSelect
            name="result"
            label={t("result")}
            data={[
              { value: "", label: t("any") },
              { value: "answered", label: t("answered") },
              { value: "lost", label: t("lost") },
            ]}
          />
          <Button type="submit">{t("apply")}</Button>
          <Anchor href={exportUrl(filters)} download>
            {t("exportCsv")}
          </Anchor>
        </Group>
      </form>
      {history.isPending && <Loader aria-label={t("title")} />}
      {history.isError && calls.length === 0 && <Alert color="red">{t("loadFailed")}</Alert>}
      {history.isSuccess && calls.length === 0 && <Text>{t("empty")}</Text>}
      {calls.length > 0 && (
        <Table striped aria-label={t("title")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("time")}</Table.Th>
              <Table.Th>{t("direction")}</Table.Th>
              <Table.Th>{t("contact")}</Table.Th>
              <Table.Th>{t("virtualNumber")}</Table.Th>
              <Table.Th>{t("employee")}</Table.Th>
              <Table.Th>{t("waitTalk")}</Table.Th>
              <Table.Th>{t("tags")}</Table.Th>
              <Table.Th>{t("result")}</Table.Th>
              <Table.Th>{t("note")}</Table.Th>
              <Table.Th>{t("recording")}</Table.Th>
              <Table.Th>{tw("details")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {calls.map((call) => (
              <Table.Tr key={call.callSessionId} data-testid={`history-${call.callSessionId}`}>
                <Table.Td>
                  {call.startedAt ? new Date(call.startedAt).toLocaleString() : "—"}
                </Table.Td>
                <Table.Td>{call.direction ? t(call.direction) : "—"}</Table.Td>
                <Table.Td>{call.contactNumber ?? "—"}</Table.Td>
                <Table.Td>{call.virtualNumber ?? "—"}</Table.Td>
                <Table.Td>{call.employees.map((e) => e.name ?? `#${e.id}`).join(", ")}</Table.Td>
                <Table.Td>
                  {t("seconds", {
                    wait: Math.round(call.waitSeconds ?? 0),
                    talk: Math.round(call.talkSeconds ?? 0),
                  })}
                </Table.Td>
                <Table.Td>{[...call.tags, call.disposition].filter(Boolean).join(", ")}</Table.Td>
                <Table.Td>{call.result ? t(call.result) : "—"}</Table.Td>
                <Table.Td>{call.note ?? ""}</Table.Td>
                <Table.Td>
                  {call.recordings.map((recording) => (
                    // biome-ignore lint/a11y/useMediaCaption: a phone call's recording has no captions
                    <audio
                      key={recording.index}
                      controls
                      preload="none"
                      src={recording.url}
                      aria-label={t("recordingOf", { id: call.callSessionId })}
                    />
                  ))}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    aria-label={tw("detailsOf", { id: call.callSessionId })}
                    onClick={() => setOpenCallId(call.callSessionId)}
                  >
                    {tw("details")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {history.hasNextPage && (
        <Group>
          <Button
            variant="default"
            onClick={() => history.fetchNextPage()}
            loading={history.isFetchingNextPage}
          >
            {t("more")}
          </Button>
        </Group>
      )}
      {openCallId !== null && (
        <Suspense fallback={null}>
          <HistoryCallDialog callId={openCallId} onClose={() => setOpenCallId(null)} />
        </Suspense>
      )}
    </Stack>
  );
}
