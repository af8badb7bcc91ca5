import { Button, Checkbox, Group, NativeSelect, TextInput } from "@mantine/core";
import { memo, type RefObject } from "react";
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

/** Memoised: a feed event re-renders it only when the counts or the virtual numbers change. */
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
    <Group className="board-toolbar" gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        ref={searchRef}
        label={t("search")}
        type="search"
        inputMode="tel"
        size="xs"
        value={filters.search}
        onChange={(event) => set({ search: event.currentTarget.value })}
        w={200}
      />
      <NativeSelect
        label={t("filterDirection")}
        size="xs"
        value={filters.direction}
        onChange={(event) =>
          set({ direction: event.currentTarget.value as BoardFilters["direction"] })
        }
        data={[
          { value: "all", label: t("directionAll") },
          { value: "in", label: t("directionIn") },
          { value: "out", label: t("directionOut") },
        ]}
      />
      <NativeSelect
        label={t("filterVirtual")}
        size="xs"
        value={filters.virtualNumber}
        onChange={(event) => set({ virtualNumber: event.currentTarget.value })}
        data={[{ value: "", label: t("virtualAll") }, ...virtualNumbers]}
      />
      <Checkbox
        label={t("filterMine")}
        size="sm"
        checked={filters.mine}
        disabled={!canFilterMine}
        title={canFilterMine ? undefined : t("mineUnlinked")}
        onChange={(event) => set({ mine: event.currentTarget.checked })}
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
    </Group>
  );
});
