import { Group, Paper, Progress, Text } from "@mantine/core";
import { useT } from "../../../lib/i18n";
import { useNow } from "../../../lib/ticker";
import { limitsDictionary } from "../i18n";
import { budgetLevel, formatCountdown, percentLeft, secondsUntil } from "../model/format";

interface BudgetMeterProps {
  period: string;
  remaining: number;
  limit: number;
  resetAt: string | null;
}

const levelColor = { ok: "teal.8", low: "orange.8", critical: "red.8" } as const;

/** One budget (minute or day): points left, a meter, and a countdown to the reset. */
export function BudgetMeter({ period, remaining, limit, resetAt }: BudgetMeterProps) {
  const t = useT(limitsDictionary);
  // The shared one-second ticker, not a timer of our own.
  const now = useNow();
  const seconds = secondsUntil(resetAt, now);
  const percent = percentLeft(remaining, limit);
  const level = budgetLevel(remaining, limit);
  return (
    <Paper withBorder p="md" component="section" aria-label={period}>
      <Group justify="space-between" align="baseline">
        <Text component="h2" fw={600} size="lg">
          {period}
        </Text>
        <Text size="xl" fw={700} data-testid="meter-value">
          {remaining} / {limit}
        </Text>
      </Group>
      <Progress
        my="sm"
        size="lg"
        value={percent}
        color={levelColor[level]}
        aria-label={t("meterLabel", { period, percent })}
      />
      <Group justify="space-between">
        <Text size="sm">{t("remaining", { remaining, limit })}</Text>
        <Text size="sm" data-testid="meter-reset">
          {seconds === null
            ? t("resetUnknown")
            : t("resetsIn", { countdown: formatCountdown(seconds) })}
        </Text>
      </Group>
    </Paper>
  );
}
