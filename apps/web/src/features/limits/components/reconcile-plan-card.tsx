import type { ReconcilePlan } from "@callboard/contract";
import { Paper, Stack, Text } from "@mantine/core";
import { clockTime } from "../../../lib/clock-time";
import { useT } from "../../../lib/i18n";
import { limitsDictionary } from "../i18n";

/** How the live feed spreads list.calls over the day, and whether the budget lasts it. */
export function ReconcilePlanCard({ plan }: { plan: ReconcilePlan }) {
  const t = useT(limitsDictionary);
  return (
    <Paper withBorder p="md" component="section" aria-label={t("plan")}>
      <Text component="h2" fw={600}>
        {t("plan")}
      </Text>
      <Stack gap={2}>
        <Text size="sm">
          {t("planInterval", { seconds: Math.round(plan.intervalMs / 100) / 10 })}
        </Text>
        <Text size="sm">
          {t("planWorkday", {
            workday: plan.workday,
            zone: plan.timeZone,
            reserve: Math.round(plan.actionReserve * 100),
          })}
        </Text>
        {!plan.inWorkday && <Text size="sm">{t("planOffHours")}</Text>}
        <Text size="sm">{t("planPolling", { points: plan.pollingPointsLeft })}</Text>
        <Text size="sm">{t("planActions", { points: plan.actionPointsLeft })}</Text>
        <Text size="sm" fw={plan.lastsTheDay ? undefined : 600}>
          {plan.lastsUntil
            ? t("planLastsUntil", { time: clockTime(plan.lastsUntil).slice(0, 5) })
            : t("planLasts")}
        </Text>
      </Stack>
    </Paper>
  );
}
