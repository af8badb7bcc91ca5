import { Button } from "@mantine/core";
import { memo, type RefObject } from "react";
import { m } from "../../../components/plain/mantine-classes";
import { PlainCheckbox } from "../../../components/plain/plain-checkbox";
import { PlainNativeSelect, PlainTextInput } from "../../../components/plain/plain-field";
import { groupStyle } from "../../../components/plain/plain-group";
import { useT } from "../../../lib/i18n";
import { callsDict } from "../i18n";
import { type BoardFilters, noFilters } from "../model/filter-calls";

interface BoardToolbarProps {
  filters: BoardFilters;
  onChange: (filters: BoardFilters) => void;
  virtualNumbers: string[];
  canFilterMine: boolean;
  searchRef: RefObject<HTMLInputElement | null>;
  shown: number;
  total: number;
}

// Mantine's Group (gap sm, aligned to the bottom, wrapping) as a plain element.
const toolbarGroup = groupStyle({ gap: "sm", align: "flex-end", wrap: "wrap" });

/**
 * The filters: plain elements in Mantine's look (components/plain), not Mantine components, whose
 * machinery was a good part of the board's first render. Memoised: a feed event re-renders it
 * only when the counts or the virtual numbers change.
 */
export const BoardToolbar = memo(function BoardToolbar({
  filters,
  onChange,
  virtualNumbers,
  canFilterMine,
  searchRef,
  shown,
  total,
}: BoardToolbarProps) {
  const t = useT(callsDict);
  const set = (partial: Partial<BoardFilters>) => onChange({ ...filters, ...partial });
  const filtered =
    filters.direction !== "all" ||
    filters.virtualNumber !== "" ||
    filters.mine ||
    filters.search !== "";
  return (
    <div className={`board-toolbar ${m.group}`} style={toolbarGroup}>
      <PlainTextInput
        ref={searchRef}
        label={t("search")}
        type="search"
        inputMode="tel"
        value={filters.search}
        onChange={(search) => set({ search })}
        width={200}
      />
      <PlainNativeSelect
        label={t("filterDirection")}
        value={filters.direction}
        onChange={(direction) => set({ direction: direction as BoardFilters["direction"] })}
        data={[
          { value: "all", label: t("directionAll") },
          { value: "in", label: t("directionIn") },
          { value: "out", label: t("directionOut") },
        ]}
      />
      <PlainNativeSelect
        label={t("filterVirtual")}
        value={filters.virtualNumber}
        onChange={(virtualNumber) => set({ virtualNumber })}
        data={[{ value: "", label: t("virtualAll") }, ...virtualNumbers]}
      />
      <PlainCheckbox
        label={t("filterMine")}
        checked={filters.mine}
        disabled={!canFilterMine}
        title={canFilterMine ? undefined : t("mineUnlinked")}
        onChange={(mine) => set({ mine })}
        className="board-mine"
      />
      {filtered && (
        <Button size="xs" variant="subtle" onClick={() => onChange(noFilters)}>
          {t("clearFilters")}
        </Button>
      )}
      <span className="board-count" aria-live="polite">
        {t("callCount", { shown, total })}
      </span>
    </div>
  );
});
