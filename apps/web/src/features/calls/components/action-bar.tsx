import type { CallSession } from "@callboard/contract";
import { Button, Group } from "@mantine/core";
import type { Ref } from "react";
import { useT } from "../../../lib/i18n";
import { useHasRole } from "../../../lib/session";
import { callsDict } from "../i18n";
import { type CallActionKind, isActionAllowed } from "../model/call-actions";
import type { PaneDialog } from "./pane-dialogs";
import { TalkOptionsMenu } from "./talk-options-menu";

interface ActionBarProps {
  call: CallSession;
  groupRef: Ref<HTMLFieldSetElement>;
  pending: {
    hold: boolean;
    unhold: boolean;
    recording: boolean;
    transfer: boolean;
    restore: boolean;
  };
  onHold: () => void;
  onUnhold: () => void;
  onRecording: () => void;
  onTransfer: () => void;
  onRestore: () => void;
  onOpen: (dialog: PaneDialog) => void;
}

/**
 * Every action on the call, always in the same place; each enabled only in the phases where the
 * Call API accepts it (the reason in its title otherwise), each showing its progress.
 */
export function ActionBar({
  call,
  groupRef,
  pending,
  onHold,
  onUnhold,
  onRecording,
  onTransfer,
  onRestore,
  onOpen,
}: ActionBarProps) {
  const t = useT(callsDict);
  const supervisor = useHasRole("supervisor");
  const reason = t("notAllowed", { phase: t(`phase_${call.phase}`) });
  const can = (action: CallActionKind) => isActionAllowed(action, call.phase);
  const guard = (action: CallActionKind) => ({
    disabled: !can(action),
    title: can(action) ? undefined : reason,
  });
  const consulting = call.phase === "dialing" || call.phase === "operator_talk";
  const transferFlowOpen = can("hold") || can("consult") || consulting;

  return (
    <fieldset ref={groupRef} className="call-actions">
      <legend className="visually-hidden">{t("actions")}</legend>
      <Group gap="xs">
        {call.phase === "hold" ? (
          <Button
            size="xs"
            onClick={onUnhold}
            loading={pending.unhold}
            aria-keyshortcuts="H"
            {...guard("unhold")}
          >
            {t("unhold")}
          </Button>
        ) : (
          <Button
            size="xs"
            onClick={onHold}
            loading={pending.hold}
            aria-keyshortcuts="H"
            {...guard("hold")}
          >
            {t("hold")}
          </Button>
        )}
        <Button
          size="xs"
          variant="default"
          onClick={() => onOpen({ kind: "hold" })}
          {...guard("hold")}
        >
          {t("holdWith")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => onOpen({ kind: "transfer" })}
          aria-keyshortcuts="T"
          disabled={!transferFlowOpen}
          title={transferFlowOpen ? undefined : reason}
        >
          {t("consultTransfer")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => onOpen({ kind: "blindTransfer" })}
          aria-keyshortcuts="B"
          {...guard("blindTransfer")}
        >
          {t("blindTransfer")}
        </Button>
      </Group>
      {consulting && (
        <Group gap="xs">
          <Button size="xs" onClick={onTransfer} loading={pending.transfer} {...guard("transfer")}>
            {t("transferNow")}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={onRestore}
            loading={pending.restore}
            {...guard("restore")}
          >
            {t("restore")}
          </Button>
        </Group>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() => onOpen({ kind: "tag" })}
          aria-keyshortcuts="G"
          {...guard("tag")}
        >
          {t("tag")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={onRecording}
          loading={pending.recording}
          aria-keyshortcuts="R"
          {...guard("recording")}
        >
          {call.recording ? t("recordOff") : t("recordOn")}
        </Button>
        <Button
          size="xs"
          variant="default"
          onClick={() => onOpen({ kind: "keypad" })}
          aria-keyshortcuts="K"
          {...guard("dtmf")}
        >
          {t("keypad")}
        </Button>
        <TalkOptionsMenu
          callId={call.id}
          disabled={!can("talkOption")}
          title={can("talkOption") ? undefined : reason}
        />
        {supervisor && (
          <Button
            size="xs"
            variant="default"
            onClick={() => onOpen({ kind: "coach" })}
            {...guard("coach")}
          >
            {t("addCoach")}
          </Button>
        )}
      </Group>
      <Group gap="xs">
        <Button
          size="xs"
          color="red"
          variant="light"
          onClick={() => onOpen({ kind: "block" })}
          {...guard("blockContact")}
        >
          {t("blockCaller")}
        </Button>
        <Button
          size="xs"
          color="red"
          onClick={() => onOpen({ kind: "end" })}
          aria-keyshortcuts="E"
          {...guard("release")}
        >
          {t("endCall")}
        </Button>
      </Group>
    </fieldset>
  );
}
