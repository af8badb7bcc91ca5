import "@mantine/core/styles/Overlay.css";
import "@mantine/core/styles/ModalBase.css";
import "@mantine/core/styles/Modal.css";
import "@mantine/core/styles/Popover.css";
import "@mantine/core/styles/Menu.css";
import "@mantine/core/styles/Combobox.css";
import "@mantine/core/styles/InlineInput.css";
import "@mantine/core/styles/Radio.css";
import "@mantine/core/styles/SimpleGrid.css";
import "@mantine/core/styles/Stepper.css";
import "./call-detail.css";
import type { CallSession } from "@callboard/contract";
import { Button, CloseButton } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type ComponentType, Suspense, useEffect, useMemo, useRef, useState } from "react";
import { useDirectory } from "../../../lib/directory";
import { useFormatDate, useT } from "../../../lib/i18n";
import { useSettings } from "../../../lib/settings";
import { useCallAction } from "../api/call-actions";
import { callsDict } from "../i18n";
import { type BoardCommand, handleCommands } from "../model/board-commands";
import { isActionAllowed, isContactLeg } from "../model/call-actions";
import { isCoachLeg } from "../model/coach-leg";
import { ActionBar } from "./action-bar";
import { legStateLabel, legWho } from "./call-row";
import { CallTimer } from "./call-timer";
import { type PaneDialog, PaneDialogs } from "./pane-dialogs";

/** What another feature adds below the call (the app composes it in): context, wrap-up. */
export interface PaneExtrasProps {
  callId: number;
  contactNumber: string | null;
  /** The call has left the board. */
  ended: boolean;
}

interface CallDetailPaneProps {
  callId: number;
  call: CallSession | null;
  onClose: () => void;
  extras?: ComponentType<PaneExtrasProps>;
}

/** The selected call: its facts, its legs, and every action on it (dialogs included). */
export default function CallDetailPane({
  callId,
  call,
  onClose,
  extras: Extras,
}: CallDetailPaneProps) {
  const t = useT(callsDict);
  const formatDate = useFormatDate();
  const settings = useSettings();
  const [dialog, setDialog] = useState<PaneDialog | null>(null);
  const actionsRef = useRef<HTMLFieldSetElement>(null);
  const hold = useCallAction("hold");
  const unhold = useCallAction("unhold");
  const recording = useCallAction("recording");
  const transfer = useCallAction("transfer");
  const restore = useCallAction("restore");
  const employees = useDirectory("employees");
  const coachIds = useMemo(
    () => new Set((employees.data ?? []).filter((employee) => employee.isCoach).map((e) => e.id)),
    [employees.data],
  );

  // A different call selected: close what was open for the previous one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the call changes.
  useEffect(() => setDialog(null), [callId]);

  const phase = call?.phase ?? "finishing";
  const run = {
    hold: () =>
      hold.mutate({
        callId,
        body: settings.holdMessage ? { contact_message: settings.holdMessage } : {},
        successText: t("done_hold"),
      }),
    unhold: () => unhold.mutate({ callId, body: {}, successText: t("done_unhold") }),
    recording: () =>
      recording.mutate({
        callId,
        body: { action: call?.recording ? "off" : "on" },
        successText: call?.recording ? t("done_recordingOff") : t("done_recordingOn"),
      }),
    transfer: () => transfer.mutate({ callId, body: {}, successText: t("done_transfer") }),
    restore: () => restore.mutate({ callId, body: {}, successText: t("done_restore") }),
  };

  // Keyboard shortcuts from the board arrive here; the latest closure always answers.
  const onCommand = useRef<(command: BoardCommand) => void>(() => {});
  onCommand.current = (command) => {
    const notNow = () =>
      notifications.show({
        color: "gray",
        message: t("notAllowed", { phase: t(`phase_${phase}`) }),
      });
    if (command === "focusActions") {
      actionsRef.current?.querySelector<HTMLButtonElement>("button:not(:disabled)")?.focus();
      return;
    }
    if (!call || dialog) return;
    if (command === "toggleHold") {
      if (isActionAllowed("hold", phase)) run.hold();
      else if (isActionAllowed("unhold", phase)) run.unhold();
      else notNow();
    } else if (command === "toggleRecording") {
      if (isActionAllowed("recording", phase)) run.recording();
      else notNow();
    } else {
      const target = {
        transfer: "transfer",
        blindTransfer: "blindTransfer",
        keypad: "keypad",
        tag: "tag",
        end: "end",
      } as const;
      const gate = {
        transfer: "hold",
        blindTransfer: "blindTransfer",
        keypad: "dtmf",
        tag: "tag",
        end: "release",
      } as const;
      const allowed =
        isActionAllowed(gate[command], phase) ||
        (command === "transfer" &&
          (isActionAllowed("consult", phase) || isActionAllowed("transfer", phase)));
      if (allowed) setDialog({ kind: target[command] });
      else notNow();
    }
  };
  useEffect(() => handleCommands((command) => onCommand.current(command)), []);

  // A change of phase removes or disables the buttons it no longer allows; the one that had
  // focus drops it to <body>, where Enter would reach the board's shortcuts. Keep it in the pane.
  const paneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body || active.matches(":disabled");
    if (phase && lost) paneRef.current?.focus({ preventScroll: true });
  }, [phase]);

  return (
    <section
      ref={paneRef}
      className="call-detail"
      aria-labelledby="call-detail-title"
      // A closed dialog whose opener is gone (the call ended) gives focus back here.
      data-focus-return
      tabIndex={-1}
    >
      <header className="call-detail-header">
        <h2 id="call-detail-title">{t("detailTitle", { id: callId })}</h2>
        <CloseButton onClick={onClose} aria-label={t("closeDetail")} />
      </header>
      {!call ? (
        <p className="board-empty" role="status">
          {t("callEnded")}
        </p>
      ) : (
        <>
          <dl className="call-facts">
            <dt>{t("direction")}</dt>
            <dd>{call.direction === "in" ? t("directionIn") : t("directionOut")}</dd>
            <dt>{t("contact")}</dt>
            <dd className="call-number">{call.contactNumber ?? "–"}</dd>
            <dt>{t("virtualNumber")}</dt>
            <dd className="call-number">{call.virtualNumber ?? "–"}</dd>
            <dt>{t("started")}</dt>
            <dd>{formatDate(call.startedAt)}</dd>
            <dt>{t("duration")}</dt>
            <dd>
              <CallTimer since={call.startedAt} />
            </dd>
            <dt>{t("colState")}</dt>
            <dd>
              <span className="chip" data-phase={call.phase}>
                {t(`phase_${call.phase}`)}
              </span>
            </dd>
            <dt>{t("tags")}</dt>
            <dd>{call.tags.length ? call.tags.map((tag) => tag.name).join(", ") : t("noTags")}</dd>
            <dt>{t("recording")}</dt>
            <dd>
              {call.recording ? (
                <span className="chip chip-rec">● {t("recordingOn")}</span>
              ) : (
                t("recordingOff")
              )}
            </dd>
          </dl>

          <h3 className="call-detail-subtitle">{t("actions")}</h3>
          <ActionBar
            call={call}
            groupRef={actionsRef}
            pending={{
              hold: hold.isPending,
              unhold: unhold.isPending,
              recording: recording.isPending,
              transfer: transfer.isPending,
              restore: restore.isPending,
            }}
            onHold={run.hold}
            onUnhold={run.unhold}
            onRecording={run.recording}
            onTransfer={run.transfer}
            onRestore={run.restore}
            onOpen={setDialog}
          />

          <h3 className="call-detail-subtitle">{t("participants")}</h3>
          <ul className="call-legs">
            {call.legs.map((leg) => {
              const who = legWho(call, leg, t);
              const contact = isContactLeg(call, leg);
              return (
                <li key={leg.id} className="call-leg">
                  <div>
                    <strong>{who}</strong>
                    {contact && <span className="chip chip-operator">{t("contactLeg")}</span>}
                    {isCoachLeg(call, leg, coachIds) && (
                      <span className="chip chip-operator chip-coach">{t("coachLeg")}</span>
                    )}
                    {leg.isOperator && (
                      <span className="chip chip-operator" title={t("operatorFlag")}>
                        {t("operator")}
                      </span>
                    )}
                    <div className="call-leg-numbers">
                      {t("legNumbers", {
                        from: leg.callingNumber ?? "?",
                        to: leg.calledNumber ?? "?",
                      })}
                    </div>
                  </div>
                  <span className="chip chip-leg" data-leg-state={leg.state} title={leg.stateText}>
                    {legStateLabel(leg, t)}
                  </span>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    aria-label={t("disconnectLegLabel", { who })}
                    disabled={
                      !isActionAllowed("disconnectLeg", phase) || leg.state === "disconnected"
                    }
                    onClick={() => setDialog({ kind: "disconnect", legId: leg.id })}
                  >
                    {t("disconnectLeg")}
                  </Button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {Extras && (
        <Suspense fallback={null}>
          <Extras callId={callId} contactNumber={call?.contactNumber ?? null} ended={!call} />
        </Suspense>
      )}
      <PaneDialogs dialog={dialog} callId={callId} call={call} onClose={() => setDialog(null)} />
    </section>
  );
}
