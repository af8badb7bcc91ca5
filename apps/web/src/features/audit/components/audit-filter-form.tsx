import { Autocomplete, Button, Group, Paper, Select, SimpleGrid, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useT } from "../../../lib/i18n";
import { auditDictionary } from "../i18n";
import {
  type AuditFilterDraft,
  type AuditFilterProblem,
  type AuditFilters,
  auditFiltersOf,
  emptyAuditFilters,
  knownAuditActions,
} from "../model/audit-filters";

/** The audit log's filters: applied on submit, so typing does not fire a query per key. */
export function AuditFilterForm({ onApply }: { onApply: (filters: AuditFilters) => void }) {
  const t = useT(auditDictionary);
  const [draft, setDraft] = useState<AuditFilterDraft>(emptyAuditFilters);
  const [problem, setProblem] = useState<AuditFilterProblem | null>(null);
  const change = (patch: Partial<AuditFilterDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setProblem(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = auditFiltersOf(draft);
    if (!result.ok) return setProblem(result.problem);
    onApply(result.filters);
  };
  const clear = () => {
    setDraft(emptyAuditFilters);
    setProblem(null);
    onApply({});
  };
  const timeError =
    problem === "range" ? t("error.range") : problem === "date" ? t("error.date") : undefined;

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      aria-label={t("filters")}
      noValidate
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <TextInput
          label={t("user")}
          value={draft.username}
          onChange={(event) => change({ username: event.currentTarget.value })}
        />
        <Autocomplete
          label={t("action")}
          data={knownAuditActions}
          value={draft.action}
          onChange={(action) => change({ action })}
        />
        <TextInput
          label={t("callSessionId")}
          value={draft.callSessionId}
          onChange={(event) => change({ callSessionId: event.currentTarget.value })}
          inputMode="numeric"
          error={problem === "callSessionId" ? t("error.callSessionId") : undefined}
        />
        <Select
          label={t("result")}
          data={[
            { value: "", label: t("resultAny") },
            { value: "ok", label: t("resultOk") },
            { value: "error", label: t("resultError") },
          ]}
          value={draft.result}
          onChange={(result) => change({ result: (result ?? "") as AuditFilterDraft["result"] })}
          allowDeselect={false}
        />
        <TextInput
          type="datetime-local"
          label={t("from")}
          value={draft.from}
          onChange={(event) => change({ from: event.currentTarget.value })}
          error={timeError}
        />
        <TextInput
          type="datetime-local"
          label={t("to")}
          value={draft.to}
          onChange={(event) => change({ to: event.currentTarget.value })}
          error={problem === "range" ? t("error.range") : undefined}
        />
      </SimpleGrid>
      <Group mt="md">
        <Button type="submit">{t("apply")}</Button>
        <Button variant="default" onClick={clear}>
          {t("clear")}
        </Button>
      </Group>
    </Paper>
  );
}
