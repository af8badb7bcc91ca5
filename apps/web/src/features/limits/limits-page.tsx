import "@mantine/core/styles/Progress.css";
import "@mantine/core/styles/SimpleGrid.css";
import { Alert, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useT } from "../../lib/i18n";
import { useHasRole } from "../../lib/session";
import { useLimits } from "./api/limits";
import { BudgetHistoryChart } from "./components/budget-history-chart";
import { BudgetMeter } from "./components/budget-meter";
import { ReconcilePlanCard } from "./components/reconcile-plan-card";
import { limitsDictionary } from "./i18n";

/** /limits (admins): the Call API budget, its reset countdowns and history, the API version. */
export default function LimitsPage() {
  const t = useT(limitsDictionary);
  const isAdmin = useHasRole("admin");
  const limits = useLimits(isAdmin);

  if (!isAdmin) {
    return (
      <Stack>
        <Title order={1}>{t("title")}</Title>
        <Alert color="red">{t("adminOnly")}</Alert>
      </Stack>
    );
  }
  const report = limits.data;
  const version = report?.apiVersion;
  const unknown = t("unknown");

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1}>{t("title")}</Title>
      {limits.isPending && <Loader aria-label={t("title")} />}
      {limits.isError && !report && <Alert color="red">{t("loadFailed")}</Alert>}
      {version?.deprecated && (
        <Alert color="orange" title={t("deprecatedTitle")}>
          {t("deprecated", {
            current: version.current ?? unknown,
            latest: version.latest ?? unknown,
          })}
        </Alert>
      )}
      {report && !report.current && <Alert color="blue">{t("noData")}</Alert>}
      {report?.current && (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <BudgetMeter
            period={t("minute")}
            remaining={report.current.minuteRemaining}
            limit={report.current.minuteLimit}
            resetAt={report.minuteResetAt}
          />
          <BudgetMeter
            period={t("day")}
            remaining={report.current.dayRemaining}
            limit={report.current.dayLimit}
            resetAt={report.dayResetAt}
          />
        </SimpleGrid>
      )}
      {report && <BudgetHistoryChart history={report.history} />}
      {report && <ReconcilePlanCard plan={report.plan} />}
      {report && (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Paper withBorder p="md" component="section" aria-label={t("apiVersion")}>
            <Text component="h2" fw={600}>
              {t("apiVersion")}
            </Text>
            <Text size="sm">
              {t("versionLine", {
                current: version?.current ?? unknown,
                latest: version?.latest ?? unknown,
              })}
            </Text>
          </Paper>
          <Paper withBorder p="md" component="section" aria-label={t("polling")}>
            <Text component="h2" fw={600}>
              {t("polling")}
            </Text>
            <Text size="sm">
              {t("pollInterval", { seconds: Math.round(report.pollIntervalMs / 100) / 10 })}
            </Text>
          </Paper>
          <Paper withBorder p="md" component="section" aria-label={t("spent")}>
            <Text component="h2" fw={600}>
              {t("spent")}
            </Text>
            <Group gap="lg">
              <Text size="sm">
                {t("spentPolling")}: <strong>{report.spent.polling}</strong>
              </Text>
              <Text size="sm">
                {t("spentActions")}: <strong>{report.spent.actions}</strong>
              </Text>
              <Text size="sm">
                {t("spentDirectory")}: <strong>{report.spent.directory}</strong>
              </Text>
            </Group>
          </Paper>
        </SimpleGrid>
      )}
    </Stack>
  );
}
