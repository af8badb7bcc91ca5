import "@mantine/core/styles/List.css";
import { Alert, Group, List, Loader, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useT } from "../../lib/i18n";
import { useNotificationKit, useNotificationStatus } from "./api/notifications";
import { CopyText } from "./components/copy-text";
import { RefusalList } from "./components/refusal-list";
import { TriggerCard } from "./components/trigger-card";
import { notificationsDictionary } from "./i18n";

/**
 * /notifications (admins): the kit to paste into CallGear's Notifications, step by step, and a
 * self-test per trigger (when its last notification came, what was refused and why).
 */
export default function NotificationsPage() {
  const t = useT(notificationsDictionary);
  const kit = useNotificationKit();
  const status = useNotificationStatus();
  const tests = status.data?.events ?? [];

  return (
    <Stack gap="md" maw={1000}>
      <Title order={1}>{t("title")}</Title>
      <Text>{t("intro")}</Text>
      {kit.isPending && <Loader aria-label={t("title")} />}
      {kit.isError && <Alert color="red">{kit.error.message || t("loadFailed")}</Alert>}
      {status.data && !status.data.enabled && <Alert color="orange">{t("disabled")}</Alert>}
      <Paper withBorder p="md" component="section" aria-label={t("stepsTitle")}>
        <Text component="h2" fw={600}>
          {t("stepsTitle")}
        </Text>
        <List type="ordered" size="sm">
          <List.Item>{t("step1")}</List.Item>
          <List.Item>{t("step2")}</List.Item>
          <List.Item>{t("step3")}</List.Item>
          <List.Item>{t("step4")}</List.Item>
          <List.Item>{t("step5")}</List.Item>
        </List>
      </Paper>
      {kit.data && (
        <Group align="end" wrap="nowrap">
          <TextInput
            label={t("url")}
            value={kit.data.url}
            readOnly
            style={{ flex: 1 }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyText value={kit.data.url} label={t("copyUrl")} />
        </Group>
      )}
      {status.data && <RefusalList counts={status.data.unattributed} template="unattributed" />}
      {kit.data?.events.map((entry) => (
        <TriggerCard
          key={entry.event}
          entry={entry}
          test={tests.find((test) => test.event === entry.event)}
        />
      ))}
    </Stack>
  );
}
