import "@mantine/core/styles/Code.css";
import type { NotificationKit, TriggerSelfTest } from "@callboard/contract";
import { Code, Group, Paper, Stack, Text } from "@mantine/core";
import { clockTime } from "../../../lib/clock-time";
import { useLanguage, useT } from "../../../lib/i18n";
import { notificationsDictionary } from "../i18n";
import { CopyText } from "./copy-text";
import { RefusalList } from "./refusal-list";

type KitEntry = NotificationKit["events"][number];

/** One trigger: its names in both client areas, the body to paste, and its self-test line. */
export function TriggerCard({ entry, test }: { entry: KitEntry; test?: TriggerSelfTest }) {
  const t = useT(notificationsDictionary);
  const russian = useLanguage() === "ru";
  const name = russian ? entry.triggerRu : entry.trigger;
  const other = russian ? entry.trigger : entry.triggerRu;
  return (
    <Paper withBorder p="md" component="section" aria-label={name}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Text component="h2" fw={600}>
              {name}
            </Text>
            <Text size="sm" c="dimmed">
              {t("triggerRu", { name: other })} · {t("method")}: {entry.method}
            </Text>
          </div>
          <CopyText value={entry.body} label={t("copyBody", { trigger: name })} />
        </Group>
        <Code block aria-label={`${t("body")}: ${name}`}>
          {entry.body}
        </Code>
        <Text size="sm" role="status">
          {test?.lastAcceptedAt
            ? t("lastAt", {
                time: clockTime(test.lastAcceptedAt),
                accepted: test.accepted,
                duplicates: test.duplicates,
              })
            : t("waiting", { trigger: name })}
        </Text>
        {test && <RefusalList counts={test.refused} template="refused" />}
      </Stack>
    </Paper>
  );
}
