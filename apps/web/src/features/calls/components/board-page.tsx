import "@mantine/core/styles/InlineInput.css";
import "@mantine/core/styles/Checkbox.css";
import "./board.css";
import { useMediaQuery } from "@mantine/hooks";
import {
  type ComponentType,
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useT } from "../../../lib/i18n";
import { useSession } from "../../../lib/session";
import { useCallList } from "../api/calls-query";
import { acknowledgeCall } from "../feed/new-call-alerts";
import { callsDict } from "../i18n";
import { issueCommand } from "../model/board-commands";
import {
  type BoardFilters,
  filterCalls,
  noFilters,
  sameStrings,
  virtualNumbersOf,
} from "../model/filter-calls";
import { shortcutFor } from "../model/shortcuts";
import { BoardList } from "./board-list";
import { BoardToolbar } from "./board-toolbar";
import type { PaneExtrasProps } from "./call-detail-pane";

// Actions, dialogs and their Mantine parts load on the first selection (or hover), keeping
// the board's first load small.
const loadDetailPane = () => import("./call-detail-pane");
const CallDetailPane = lazy(loadDetailPane);
const loadDetailDrawer = () => import("./call-detail-drawer");
const CallDetailDrawer = lazy(loadDetailDrawer);

/** Wide enough for the list and the details side by side (board.css has the same width). */
const TWO_PANES = "(min-width: 1000px)";

/** The previous list while the content is the same: keeps the memoised toolbar from re-rendering. */
function useSameList(list: string[]): string[] {
  const previous = useRef(list);
  if (!sameStrings(previous.current, list)) previous.current = list;
  return previous.current;
}

/**
 * The live board: every active call session, filters, and the selected call's actions.
 * `paneExtras` is what other features show in the call's pane (the app passes it in).
 */
export function BoardPage({ paneExtras }: { paneExtras?: ComponentType<PaneExtrasProps> } = {}) {
  const t = useT(callsDict);
  const session = useSession();
  const list = useCallList();
  const [filters, setFilters] = useState<BoardFilters>(noFilters);
  const deferredFilters = useDeferredValue(filters);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const myEmployeeId = session?.user.employeeId ?? null;
  const twoPanes = useMediaQuery(TWO_PANES, true, { getInitialValueInEffect: false });
  const twoPanesRef = useRef(twoPanes);
  twoPanesRef.current = twoPanes;
  // Narrow windows: a click or Enter on a row opens its details in a drawer; arrows only select.
  const [drawerOpen, setDrawerOpen] = useState(false);
  const boardRef = useRef<HTMLDivElement>(null);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  // Back on the list, whose active option is still the call that was open.
  // The next frame: while the drawer's exit ends, the page behind it may still be inert.
  const drawerClosed = useCallback(() => {
    requestAnimationFrame(() =>
      boardRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus(),
    );
  }, []);

  const allCalls = list?.calls;
  const calls = useMemo(
    () => (allCalls ? filterCalls(allCalls, deferredFilters, myEmployeeId) : []),
    [allCalls, deferredFilters, myEmployeeId],
  );
  const virtualNumbers = useSameList(useMemo(() => virtualNumbersOf(allCalls ?? []), [allCalls]));
  const selectedCall = allCalls?.find((call) => call.id === selectedId) ?? null;

  const select = useCallback((id: number) => {
    setSelectedId(id);
    acknowledgeCall(id);
    if (!twoPanesRef.current) setDrawerOpen(true);
  }, []);

  const callsRef = useRef(calls);
  callsRef.current = calls;
  const move = useCallback((delta: number | "first" | "last") => {
    const rows = callsRef.current;
    if (rows.length === 0) return;
    setSelectedId((current) => {
      const index = current === null ? -1 : rows.findIndex((call) => call.id === current);
      const next =
        delta === "first"
          ? 0
          : delta === "last"
            ? rows.length - 1
            : index < 0
              ? 0
              : Math.min(rows.length - 1, Math.max(0, index + delta));
      const id = rows[next]?.id ?? null;
      if (id !== null) acknowledgeCall(id);
      return id;
    });
  }, []);

  const openActions = useCallback(() => {
    if (twoPanesRef.current) issueCommand("focusActions");
    else setDrawerOpen(true);
  }, []);
  const prefetch = useCallback(() => {
    void loadDetailPane();
    if (!twoPanesRef.current) void loadDetailDrawer();
  }, []);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      const action = shortcutFor(event);
      if (action === null || action === "help") return;
      event.preventDefault();
      if (action === "next") move(1);
      else if (action === "previous") move(-1);
      else if (action === "search") searchRef.current?.focus();
      else if (selectedId !== null) issueCommand(action);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [move, selectedId]);

  return (
    <div className="board" ref={boardRef}>
      <h1 className="visually-hidden">{t("boardTitle")}</h1>
      <BoardToolbar
        filters={filters}
        onChange={setFilters}
        virtualNumbers={virtualNumbers}
        canFilterMine={myEmployeeId !== null}
        searchRef={searchRef}
        shown={calls.length}
        total={allCalls?.length ?? 0}
      />
      <div className="board-body">
        <div className="board-table">
          <div className="call-row call-row-header" aria-hidden="true">
            <span className="cell">
              <span className="cell-dir-word">{t("colDirection")}</span>
            </span>
            <span className="cell">{t("colContact")}</span>
            <span className="cell cell-virtual">{t("colVirtual")}</span>
            <span className="cell cell-started">{t("colStarted")}</span>
            <span className="cell">{t("colDuration")}</span>
            <span className="cell">{t("colState")}</span>
            <span className="cell">{t("colLegs")}</span>
            <span className="cell cell-tags">{t("colTags")}</span>
          </div>
          {!list ? (
            <p className="board-empty">{t("waitingForData")}</p>
          ) : calls.length === 0 ? (
            <p className="board-empty">{allCalls?.length ? t("noMatches") : t("noCalls")}</p>
          ) : (
            <BoardList
              calls={calls}
              selectedId={selectedId}
              onSelect={select}
              onMove={move}
              onOpen={openActions}
              onPrefetch={prefetch}
            />
          )}
        </div>
        {twoPanes ? (
          <aside className="board-detail" aria-label={t("actions")}>
            {selectedId === null ? (
              <p className="board-empty">{t("selectCallHint")}</p>
            ) : (
              <Suspense fallback={null}>
                <CallDetailPane
                  callId={selectedId}
                  call={selectedCall}
                  onClose={() => setSelectedId(null)}
                  extras={paneExtras}
                />
              </Suspense>
            )}
          </aside>
        ) : (
          selectedId !== null && (
            <Suspense fallback={null}>
              <CallDetailDrawer
                opened={drawerOpen}
                callId={selectedId}
                call={selectedCall}
                onClose={closeDrawer}
                extras={paneExtras}
                onClosed={drawerClosed}
              />
            </Suspense>
          )
        )}
      </div>
    </div>
  );
}
