import type { AuditEntry } from "@callboard/contract";
import { Badge, Code, Table } from "@mantine/core";
import { memo } from "react";
import { useLanguage, useT } from "../../../lib/i18n";
import { auditDictionary } from "../i18n";

function time(iso: string, language: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleString(language);
}

const AuditRow = memo(function AuditRow({ entry }: { entry: AuditEntry }) {
  const t = useT(auditDictionary);
  const language = useLanguage();
  return (
    <Table.Tr data-result={entry.result}>
      <Table.Td>
        <time dateTime={entry.at}>{time(entry.at, language)}</time>
      </Table.Td>
      <Table.Td>{entry.username}</Table.Td>
      <Table.Td>{entry.role ? t(`role.${entry.role}`) : "—"}</Table.Td>
      <Table.Td>
        <Code>{entry.action}</Code>
      </Table.Td>
      <Table.Td>
        {entry.callSessionId ?? "—"}
        {entry.legId !== null ? ` / ${entry.legId}` : ""}
      </Table.Td>
      <Table.Td>
        <Badge color={entry.result === "ok" ? "teal.9" : "red.9"} variant="filled">
          {entry.result === "ok" ? t("resultOk") : t("resultError")}
        </Badge>
      </Table.Td>
      <Table.Td>{entry.mnemonic ? <Code>{entry.mnemonic}</Code> : "—"}</Table.Td>
      <Table.Td>
        {entry.durationMs === null ? "—" : t("durationMs", { ms: Math.round(entry.durationMs) })}
      </Table.Td>
    </Table.Tr>
  );
});

/** The audit entries: time, who, what, on which call, and how it ended. */
export function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const t = useT(auditDictionary);
  return (
    <Table striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("time")}</Table.Th>
          <Table.Th scope="col">{t("user")}</Table.Th>
          <Table.Th scope="col">{t("role")}</Table.Th>
          <Table.Th scope="col">{t("action")}</Table.Th>
          <Table.Th scope="col">{t("call")}</Table.Th>
          <Table.Th scope="col">{t("result")}</Table.Th>
          <Table.Th scope="col">{t("errorMnemonic")}</Table.Th>
          <Table.Th scope="col">{t("duration")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <AuditRow key={entry.id} entry={entry} />
        ))}
      </Table.Tbody>
    </Table>
  );
}
