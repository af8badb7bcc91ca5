import type { CallSession } from "@callboard/contract";
import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useCallback, useEffect, useRef } from "react";
import { useT } from "../../../lib/i18n";
import { useNewCallIds } from "../feed/new-call-alerts";
import { callsDict } from "../i18n";
import { CallRow, ROW_HEIGHT, TIMER_HEIGHT } from "./call-row";
import { CallTimer } from "./call-timer";
import { observeListRect, scrollListTo, windowRect } from "./list-measuring";

interface BoardListProps {
  calls: CallSession[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  onMove: (delta: number | "first" | "last") => void;
  onOpen: () => void;
  onPrefetch: () => void;
}

const rowHeight = () => ROW_HEIGHT;
const TIMER_OFFSET = (ROW_HEIGHT - TIMER_HEIGHT) / 2;

/**
 * The board: a listbox of call sessions, virtualised (only the rows in view exist in the DOM),
 * with the selection as its active descendant so arrows move it and Enter opens its actions.
 */
export function BoardList({
  calls,
  selectedId,
  onSelect,
  onMove,
  onOpen,
  onPrefetch,
}: BoardListProps) {
  const t = useT(callsDict);
  const newIds = useNewCallIds();
  const scrollRef = useRef<HTMLDivElement>(null);
  const callsRef = useRef(calls);
  callsRef.current = calls;
  // Stable option functions: a new getItemKey on every feed event would make the virtualizer
  // recompute all 500 rows' measurements for each update.
  const getItemKey = useCallback((index: number) => callsRef.current[index]?.id ?? index, []);
  const virtualizer = useVirtualizer({
    count: calls.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    overscan: 6,
    getItemKey,
    // No forced layout before the first paint (list-measuring.ts).
    initialRect: windowRect(),
    observeElementRect: observeListRect,
    scrollToFn: scrollListTo,
  });
  // The sessions in view (and the overscan), each with its index and offset in the list.
  const rows = virtualizer.getVirtualItems().flatMap((item) => {
    const call = calls[item.index];
    return call ? [{ call, index: item.index, start: item.start }] : [];
  });
  const selectedIndex =
    selectedId === null ? -1 : calls.findIndex((call) => call.id === selectedId);

  // Keep the active descendant rendered and in view.
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: "auto" });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const moves: Record<string, number | "first" | "last"> = {
        ArrowDown: 1,
        ArrowUp: -1,
        PageDown: 10,
        PageUp: -10,
        Home: "first",
        End: "last",
      };
      const move = moves[event.key];
      if (move !== undefined) {
        event.preventDefault();
        onMove(move);
      } else if (event.key === "Enter" && selectedId !== null) {
        event.preventDefault();
        onOpen();
      }
    },
    [onMove, onOpen, selectedId],
  );

  return (
    <div
      ref={scrollRef}
      className="board-scroll"
      role="listbox"
      tabIndex={0}
      aria-label={t("callsList")}
      aria-activedescendant={selectedIndex >= 0 ? `call-option-${selectedId}` : undefined}
      onKeyDown={onKeyDown}
      onFocus={onPrefetch}
      onPointerEnter={onPrefetch}
    >
      <div
        role="presentation"
        className="board-sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map(({ call, index, start }) => (
          <CallRow
            key={call.id}
            call={call}
            index={index}
            setSize={calls.length}
            top={start}
            selected={call.id === selectedId}
            isNew={newIds.has(call.id)}
            t={t}
            onSelect={onSelect}
          />
        ))}
        {/* The rows' running timers, all in one layer over the duration column rather than
            inside their rows: a tick then repaints this layer alone, and every row in view
            stays painted as it was (docs/performance.md, idle board). */}
        <div className="board-timers" aria-hidden="true">
          {rows.map(({ call, start }) => (
            <CallTimer
              key={call.id}
              callId={call.id}
              since={call.startedAt}
              top={start + TIMER_OFFSET}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
