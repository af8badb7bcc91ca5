import "@mantine/core/styles/Overlay.css";
import "@mantine/core/styles/ModalBase.css";
import "@mantine/core/styles/Modal.css";
import "@mantine/core/styles/Kbd.css";
import { Kbd, Text } from "@mantine/core";
import { Fragment } from "react";
import { Dialog } from "../../../components/dialog";
import { useT } from "../../../lib/i18n";
import { callsDict } from "../i18n";
import { shortcuts } from "../model/shortcuts";

export default function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT(callsDict);
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t("shortcuts")}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <dl className="shortcut-list">
        {shortcuts.map((shortcut) => (
          <Fragment key={shortcut.action}>
            <dt>
              {shortcut.keys.map((key, index) => (
                <Fragment key={key}>
                  {index > 0 && " / "}
                  <Kbd>{key}</Kbd>
                </Fragment>
              ))}
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </Fragment>
        ))}
      </dl>
      <Text size="sm" c="dimmed" mt="md">
        {t("sc_note")}
      </Text>
    </Dialog>
  );
}
