import { Badge, Tooltip } from "@mantine/core";
import { useLanguage, useT } from "../../../lib/i18n";
import { useSession } from "../../../lib/session";
import { useBudget } from "../api/budget";
import { limitsDictionary } from "../i18n";
import { budgetLevel } from "../model/format";

// Dark shades keep white text above 4.5:1 contrast in both themes.
const levelColor = { ok: "teal.9", low: "orange.9", critical: "red.9" } as const;

// toLocaleTimeString builds a new Intl formatter per call: one per language instead.
const clockFormats = new Map<string, Intl.DateTimeFormat>();

function clock(iso: string, language: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  let format = clockFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { timeStyle: "medium" });
    clockFormats.set(language, format);
  }
  return format.format(at);
}

/** The header's API budget: minute points left, coloured when low; the day budget on hover/focus. */
export function BudgetIndicator() {
  const t = useT(limitsDictionary);
  const language = useLanguage();
  const session = useSession();
  const { data: budget } = useBudget(session !== null);
  if (!budget) return null;

  const level = budgetLevel(budget.minuteRemaining, budget.minuteLimit);
  const numbers = { remaining: budget.minuteRemaining, limit: budget.minuteLimit };
  const details = [
    t("budgetMinute", { ...numbers, time: clock(budget.minuteResetAt, language) }),
    t("budgetDay", {
      remaining: budget.dayRemaining,
      limit: budget.dayLimit,
      time: clock(budget.dayResetAt, language),
    }),
    ...(budget.deprecated ? [t("budgetDeprecated")] : []),
  ];
  const label = [t("budgetLabel", numbers), ...details.slice(1)].join(". ");

  return (
    <Tooltip
      label={details.map((line) => <div key={line}>{line}</div>)}
      events={{ hover: true, focus: true, touch: true }}
      withArrow
    >
      <Badge
        component="output"
        tabIndex={0}
        aria-label={label}
        color={levelColor[level]}
        variant="filled"
        size="lg"
        radius="sm"
        data-level={level}
        data-testid="budget-indicator"
      >
        {t("budgetShort", numbers)}
        {budget.deprecated ? " ⚠" : ""}
      </Badge>
    </Tooltip>
  );
}
