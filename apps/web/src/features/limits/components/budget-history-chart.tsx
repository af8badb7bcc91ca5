import "@mantine/charts/styles.css";
import type { LimitsSample } from "@callboard/contract";
import { AreaChart } from "@mantine/charts";
import { Paper, Stack, Text } from "@mantine/core";
import { formatDate, formatNumber, useLanguage, useT } from "../../../lib/i18n";
import { limitsDictionary } from "../i18n";

interface HistorySeriesProps {
  title: string;
  history: readonly LimitsSample[];
  pick: (sample: LimitsSample) => { value: number; limit: number };
  color: string;
}

/**
 * One area chart with time and point axes, ticks and the value under the pointer
 * (@mantine/charts over recharts; this page is lazy, so none of it reaches the board's first load).
 */
function HistorySeries({ title, history, pick, color }: HistorySeriesProps) {
  const t = useT(limitsDictionary);
  const language = useLanguage();
  const last = history[history.length - 1];
  const first = history[0];
  if (!last || !first) return null;
  const max = Math.max(...history.map((sample) => pick(sample).limit), 1);
  const data = history.map((sample) => ({
    time: formatDate(sample.at, language, "time"),
    left: pick(sample).value,
  }));
  const summary = t("historySummary", {
    count: history.length,
    from: formatDate(first.at, language, "time"),
    to: formatDate(last.at, language, "time"),
    value: pick(last).value,
    limit: pick(last).limit,
  });
  return (
    <div>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <div role="img" aria-label={`${title}. ${summary}`}>
        <AreaChart
          h={180}
          data={data}
          dataKey="time"
          series={[{ name: "left", label: t("pointsLeft"), color }]}
          curveType="linear"
          yAxisProps={{ domain: [0, max] }}
          xAxisLabel={t("axisTime")}
          yAxisLabel={t("axisPoints")}
          valueFormatter={(value) => formatNumber(value, language, 0)}
          withDots={false}
        />
      </div>
      <Text size="xs" c="dimmed">
        {summary}
      </Text>
    </div>
  );
}

/** The budget's last hour, minute and day remaining as two area charts. */
export function BudgetHistoryChart({ history }: { history: readonly LimitsSample[] }) {
  const t = useT(limitsDictionary);
  return (
    <Paper withBorder p="md" component="section" aria-label={t("history")}>
      <Text component="h2" fw={600} size="lg" mb="sm">
        {t("history")}
      </Text>
      {history.length === 0 ? (
        <Text>{t("historyEmpty")}</Text>
      ) : (
        <Stack gap="md">
          <HistorySeries
            title={t("historyMinute")}
            history={history}
            pick={(sample) => ({ value: sample.minuteRemaining, limit: sample.minuteLimit })}
            color="blue.6"
          />
          <HistorySeries
            title={t("historyDay")}
            history={history}
            pick={(sample) => ({ value: sample.dayRemaining, limit: sample.dayLimit })}
            color="teal.6"
          />
        </Stack>
      )}
    </Paper>
  );
}
