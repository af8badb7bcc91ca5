import type { CallLeg, CallSession } from "@callboard/contract";
import { memo } from "react";
import { clockTime } from "../../../lib/clock-time";
import type { Translate } from "../../../lib/i18n";
import type { CallsKey } from "../i18n";
import { isContactLeg } from "../model/call-actions";

export const ROW_HEIGHT = 44;
/** The height of a running timer's line (board.css), centred in its row. */
export const TIMER_HEIGHT = 20;

interface CallRowProps {
  call: CallSession;
  index: number;
  setSize: number;
  top: number;
  selected: boolean;
  isNew: boolean;
  t: Translate<CallsKey>;
  onSelect: (id: number) => void;
}

/** Who is on a leg: the employee's name, the contact's number, or the number dialled. */
export function legWho(call: CallSession, leg: CallLeg, t: Translate<CallsKey>): string {
  if (leg.employeeName) return leg.employeeName;
  if (isContactLeg(call, leg)) return call.contactNumber ?? t("contactLeg");
  return leg.calledNumber ?? leg.callingNumber ?? t("unknownWho");
}

export function legStateLabel(leg: CallLeg, t: Translate<CallsKey>): string {
  return leg.state === "unknown" ? leg.stateText : t(`leg_${leg.state}`);
}

/**
 * One session on the board: plain elements only, memoised on the session object (unchanged
 * sessions keep their identity across feed events) and a few primitive props.
 */
export const CallRow = memo(function CallRow({
  call,
  index,
  setSize,
  top,
  selected,
  isNew,
  t,
  onSelect,
}: CallRowProps) {
  const phase = t(`phase_${call.phase}`);
  const direction = call.direction === "in" ? t("in") : t("out");
  return (
    // The listbox owns focus and the keyboard (aria-activedescendant): options stay unfocusable.
    // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles arrows and Enter.
    // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox.
    <div
      role="option"
      id={`call-option-${call.id}`}
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      aria-label={t("rowLabel", {
        direction,
        contact: call.contactNumber ?? "?",
        virtual: call.virtualNumber ?? "?",
        phase,
      })}
      className="call-row"
      data-new={isNew || undefined}
      data-call-id={call.id}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(call.id)}
    >
      <span className="cell cell-dir" data-direction={call.direction}>
        <span aria-hidden="true">{call.direction === "in" ? "↙" : "↗"}</span>{" "}
        <span className="cell-dir-word">{direction}</span>
      </span>
      <span className="cell cell-contact">
        {call.contactNumber ?? "–"}
        {isNew && <span className="chip chip-new">{t("newCall")}</span>}
      </span>
      <span className="cell cell-virtual">{call.virtualNumber ?? "–"}</span>
      <span className="cell cell-started">{clockTime(call.startedAt)}</span>
      {/* The duration column: its running timer lives in the board's timer layer (board-list). */}
      <span className="cell cell-num" />
      <span className="cell">
        <span
          className="chip"
          data-phase={call.phase}
          data-unconfirmed={call.unconfirmed || undefined}
          title={call.unconfirmed ? t("unconfirmed") : undefined}
        >
          {phase}
        </span>
      </span>
      <span className="cell cell-legs">
        {call.legs.map((leg) => (
          <span key={leg.id} className="leg">
            {legWho(call, leg, t)}
            {leg.isOperator && <span className="leg-operator"> ({t("operator")})</span>}{" "}
            <span className="chip chip-leg" data-leg-state={leg.state}>
              {legStateLabel(leg, t)}
            </span>
          </span>
        ))}
      </span>
      <span className="cell cell-tags">
        {call.recording && <span className="chip chip-rec">● {t("recording")}</span>}
        {call.tags.map((tag) => tag.name).join(", ")}
      </span>
    </div>
  );
});
