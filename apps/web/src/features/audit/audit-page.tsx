import "@mantine/core/styles/Code.css";
import "@mantine/core/styles/SimpleGrid.css";
import "@mantine/core/styles/Table.css";
import type { AuditEntry } from "@callboard/contract";
import { Alert, Button, Group, Loader, Stack, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useT } from "../../lib/i18n";
import { useHasRole } from "../../lib/session";
import { useAuditLog } from "./api/audit";
import { AuditFilterForm } from "./components/audit-filter-form";
import { AuditTable } from "./components/audit-table";
import { auditDictionary } from "./i18n";
import type { AuditFilters } from "./model/audit-filters";
import { auditCsv } from "./model/audit-words";

/** /audit (supervisors and admins): who did what to which call, with filters and paging back. */
export default function AuditPage() {
  const t = useT(auditDictionary);
  const allowed = useHasRole("supervisor");
  const [filters, setFilters] = useState<AuditFilters>({});
  const audit = useAuditLog(filters, allowed);
  const entries = useMemo(
    () => audit.data?.pages.flatMap((page) => page.entries) ?? [],
    [audit.data],
  );

  if (!allowed) {
    return (
      <Stack>
        <Title order={1}>{t("title")}</Title>
        <Alert color="red">{t("supervisorOnly")}</Alert>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t("title")}</Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => downloadCsv(entries)} disabled={!entries.length}>
            {t("export")}
          </Button>
          <Button variant="default" onClick={() => audit.refetch()} loading={audit.isRefetching}>
            {t("refresh")}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed">{t("intro")}</Text>
      <AuditFilterForm onApply={setFilters} />
      {audit.isPending && <Loader aria-label={t("title")} />}
      {audit.isError && entries.length === 0 && <Alert color="red">{t("loadFailed")}</Alert>}
      {audit.isSuccess && entries.length === 0 && <Text>{t("empty")}</Text>}
      {entries.length > 0 && (
        <>
          <Text size="sm" aria-live="polite">
            {t("shown", { count: entries.length })}
          </Text>
          <AuditTable entries={entries} />
          {audit.hasNextPage ? (
            <Group>
              <Button
                variant="default"
                onClick={() => audit.fetchNextPage()}
                loading={audit.isFetchingNextPage}
              >
                {t("older")}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t("end")}
            </Text>
          )}
        </>
      )}
    </Stack>
  );
}

/** Saves the entries shown (the filtered view) as a CSV file with the raw names. */
function downloadCsv(entries: readonly AuditEntry[]): void {
  const url = URL.createObjectURL(new Blob([auditCsv(entries)], { type: "text/csv" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `callboard-audit-${new Date().toISOString().slice(0, 19)}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
