import { lazy, Suspense } from "react";
import { useFeedMode } from "../features/calls";
import { usePaintedOnce } from "../lib/after-paint";
import { queryKeys } from "../lib/query-keys";
import { useCachedData } from "../lib/use-cached-data";

// The budget indicator (with its tooltip machinery) loads once there is a budget to show: the
// live feed writes it with its first status event. Keeps the board's first load small.
const BudgetIndicator = lazy(() =>
  import("../features/limits/components/budget-indicator").then((module) => ({
    default: module.BudgetIndicator,
  })),
);

export function HeaderBudget() {
  const data = useCachedData(queryKeys.budget);
  // Without the feed (polling fallback) the indicator fetches the budget itself.
  const mode = useFeedMode();
  // A frame after the first board: its chunk (tooltip machinery) then loads and evaluates while
  // the board is already on screen, not between the first render and its paint.
  const painted = usePaintedOnce();
  if (!painted || (!data && mode !== "polling")) return null;
  return (
    <Suspense fallback={null}>
      <BudgetIndicator />
    </Suspense>
  );
}
