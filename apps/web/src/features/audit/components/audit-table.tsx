import type { AuditEntry } from "@callboard/contract";
import { Badge, Table } from "@mantine/core";
import { memo } from "react";
import { useFormatDate, useT } from "../../../lib/i18n";
import { auditDictionary } from "../i18n";
import { auditWords } from "../model/audit-words";

const AuditRow = memo(function AuditRow({ entry }: { entry: AuditEntry }) {
  const t = useT(auditDictionary);
  const formatDate = useFormatDate();
  const words = auditWords(entry, t);
  return (
    <Table.Tr data-result={entry.result}>
      <Table.Td>
        <time dateTime={entry.at}>{formatDate(entry.at)}</time>
      </Table.Td>
      <Table.Td>{entry.username}</Table.Td>
      <Table.Td>{entry.role ? t(`role.${entry.role}`) : "—"}</Table.Td>
      {/* The raw names stay on hover (title) and in the CSV export. */}
      <Table.Td title={entry.action}>{words.action}</Table.Td>
      <Table.Td>{words.target}</Table.Td>
      <Table.Td>
        <Badge color={entry.result === "ok" ? "teal.9" : "red.9"} variant="filled">
          {entry.result === "ok" ? t("resultOk") : t("resultError")}
        </Badge>
      </Table.Td>
      <Table.Td title={entry.mnemonic ?? undefined}>
        {entry.result === "ok" ? "—" : words.outcome}
      </Table.Td>
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
          <Table.Th scope="col">{t("target")}</Table.Th>
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
