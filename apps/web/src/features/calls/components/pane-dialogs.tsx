import type { CallSession } from "@callboard/contract";
import { useT } from "../../../lib/i18n";
import { useSession } from "../../../lib/session";
import { type CallAction, type CallActionBodies, useCallAction } from "../api/call-actions";
import { callsDict } from "../i18n";
import { disconnectEffect } from "../model/call-actions";
import { legWho } from "./call-row";
import { BlindTransferDialog } from "./dialogs/blind-transfer-dialog";
import { CoachDialog } from "./dialogs/coach-dialog";
import { ConfirmDialog } from "./dialogs/confirm-dialog";
import { HoldDialog } from "./dialogs/hold-dialog";
import { KeypadDialog } from "./dialogs/keypad-dialog";
import { TagDialog } from "./dialogs/tag-dialog";
import { TransferFlowDialog } from "./dialogs/transfer-flow-dialog";

export type PaneDialog =
  | { kind: "hold" | "transfer" | "blindTransfer" | "tag" | "keypad" | "coach" | "block" | "end" }
  | { kind: "disconnect"; legId: number };

interface PaneDialogsProps {
  dialog: PaneDialog | null;
  callId: number;
  call: CallSession | null;
  onClose: () => void;
}

/** The open dialog of the detail pane, if any (one at a time). */
export function PaneDialogs({ dialog, callId, call, onClose }: PaneDialogsProps) {
  const t = useT(callsDict);
  const ownEmployeeId = useSession()?.user.employeeId ?? null;
  if (!dialog) return null;
  const contact = call?.contactNumber ?? "?";
  switch (dialog.kind) {
    case "hold":
      return <HoldDialog callId={callId} onClose={onClose} />;
    case "transfer":
      return <TransferFlowDialog callId={callId} call={call} onClose={onClose} />;
    case "blindTransfer":
      return <BlindTransferDialog callId={callId} call={call} onClose={onClose} />;
    case "tag":
      return <TagDialog callId={callId} onClose={onClose} />;
    case "keypad":
      return <KeypadDialog callId={callId} onClose={onClose} />;
    case "coach":
      return <CoachDialog callId={callId} onClose={onClose} />;
    case "block":
      return (
        <ConfirmAction
          action="blockContact"
          callId={callId}
          body={{}}
          title={t("blockTitle")}
          text={t("blockText", { contact })}
          confirmLabel={t("blockSubmit")}
          successText={t("done_blockContact")}
          onClose={onClose}
        />
      );
    case "end":
      return (
        <ConfirmAction
          action="release"
          callId={callId}
          body={{}}
          title={t("endTitle")}
          text={t("endText", { contact })}
          confirmLabel={t("endSubmit")}
          successText={t("done_release")}
          onClose={onClose}
        />
      );
    case "disconnect": {
      const leg = call?.legs.find((candidate) => candidate.id === dialog.legId);
      const who = leg && call ? legWho(call, leg, t) : String(dialog.legId);
      return (
        <ConfirmAction
          action="disconnectLeg"
          callId={callId}
          body={{ legId: dialog.legId }}
          title={t("disconnectTitle", { who })}
          text={t(
            leg && call
              ? `disconnect_${disconnectEffect(call, leg, ownEmployeeId)}`
              : "disconnect_other",
            { who },
          )}
          confirmLabel={t("disconnectSubmit")}
          successText={t("done_disconnectLeg")}
          onClose={onClose}
        />
      );
    }
  }
}

interface ConfirmActionProps<A extends CallAction> {
  action: A;
  callId: number;
  body: CallActionBodies[A];
  title: string;
  text: string;
  confirmLabel: string;
  successText: string;
  onClose: () => void;
}

/** A confirmed action: its own mutation, so an old failure never shows in a new dialog. */
function ConfirmAction<A extends CallAction>({
  action,
  callId,
  body,
  successText,
  onClose,
  ...texts
}: ConfirmActionProps<A>) {
  const mutation = useCallAction(action, { silent: true });
  return (
    <ConfirmDialog
      {...texts}
      pending={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutate({ callId, body, successText }, { onSuccess: onClose })}
      onClose={onClose}
    />
  );
}
