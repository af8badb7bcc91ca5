import type { LimitsSample } from "@callboard/contract";
import { Paper, Stack, Text } from "@mantine/core";
import { useLanguage, useT } from "../../../lib/i18n";
import { limitsDictionary } from "../i18n";
import { sparklinePaths } from "../model/sparkline";

const WIDTH = 600;
const HEIGHT = 80;

interface HistorySeriesProps {
  title: string;
  history: readonly LimitsSample[];
  pick: (sample: LimitsSample) => { value: number; limit: number };
  color: string;
}

function time(iso: string, language: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : at.toLocaleTimeString(language);
}

/** One area chart drawn as plain SVG (no chart library: a few hundred bytes, no extra JS). */
function HistorySeries({ title, history, pick, color }: HistorySeriesProps) {
  const t = useT(limitsDictionary);
  const language = useLanguage();
  const last = history[history.length - 1];
  const first = history[0];
  if (!last || !first) return null;
  const max = Math.max(...history.map((sample) => pick(sample).limit), 1);
  const paths = sparklinePaths(
    history.map((sample) => ({ at: Date.parse(sample.at), value: pick(sample).value })),
    max,
    WIDTH,
    HEIGHT,
  );
  const summary = t("historySummary", {
    count: history.length,
    from: time(first.at, language),
    to: time(last.at, language),
    value: pick(last).value,
    limit: pick(last).limit,
  });
  return (
    <div>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${title}. ${summary}`}
      >
        {paths && (
          <>
            <path d={paths.area} fill={color} fillOpacity={0.2} />
            <path
              d={paths.line}
              fill="none"
              stroke={color}
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
            />
          </>
        )}
      </svg>
      <Text size="xs" c="dimmed">
        {summary}
      </Text>
    </div>
  );
}

/** The budget's last hour, minute and day remaining as two small area charts. */
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
            color="var(--mantine-color-blue-6)"
          />
          <HistorySeries
            title={t("historyDay")}
            history={history}
            pick={(sample) => ({ value: sample.dayRemaining, limit: sample.dayLimit })}
            color="var(--mantine-color-teal-6)"
          />
        </Stack>
      )}
    </Paper>
  );
}
