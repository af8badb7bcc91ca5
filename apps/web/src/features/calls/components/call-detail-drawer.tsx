import "@mantine/core/styles/Overlay.css";
import "@mantine/core/styles/ModalBase.css";
import "@mantine/core/styles/Drawer.css";
import type { CallSession } from "@callboard/contract";
import { Drawer } from "@mantine/core";
import type { ComponentType } from "react";
import { useT } from "../../../lib/i18n";
import { callsDict } from "../i18n";
import CallDetailPane, { type PaneExtrasProps } from "./call-detail-pane";

interface CallDetailDrawerProps {
  opened: boolean;
  callId: number;
  call: CallSession | null;
  /** Closes the drawer (Escape, the overlay or the pane's close button). */
  onClose: () => void;
  /** What other features show in the call's pane. */
  extras?: ComponentType<PaneExtrasProps>;
  /** The drawer has gone (its exit transition ended): the caller places focus. */
  onClosed: () => void;
}

/**
 * The selected call's details where the window is too narrow for two panes: a modal drawer from
 * the right that takes focus while open (the pane's first button) and closes with Escape.
 */
export default function CallDetailDrawer({
  opened,
  callId,
  call,
  onClose,
  extras,
  onClosed,
}: CallDetailDrawerProps) {
  const t = useT(callsDict);
  return (
    <Drawer.Root
      opened={opened}
      onClose={onClose}
      position="right"
      size="min(440px, 100%)"
      // Focus goes where the board puts it (the list), not where it was before the drawer.
      returnFocus={false}
      onExitTransitionEnd={onClosed}
    >
      <Drawer.Overlay />
      <Drawer.Content aria-label={t("detailTitle", { id: callId })}>
        <Drawer.Body className="call-detail-drawer">
          <CallDetailPane callId={callId} call={call} onClose={onClose} extras={extras} />
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}
