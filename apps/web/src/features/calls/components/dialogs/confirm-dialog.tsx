import { Button, Group, Text } from "@mantine/core";
import { Dialog } from "../../../../components/dialog";
import { ErrorAlert } from "../../../../components/error-alert";
import { useT } from "../../../../lib/i18n";
import { callsDict } from "../../i18n";

interface ConfirmDialogProps {
  title: string;
  text: string;
  confirmLabel: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** A destructive action asked for twice: the reason shown, Cancel focused first. */
export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmDialogProps) {
  const t = useT(callsDict);
  return (
    <Dialog opened onClose={onClose} title={title} closeButtonProps={{ "aria-label": t("close") }}>
      <Text size="sm">{text}</Text>
      {Boolean(error) && (
        <div className="dialog-error">
          <ErrorAlert error={error} />
        </div>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t("cancel")}
        </Button>
        <Button color="red" onClick={onConfirm} loading={pending}>
          {confirmLabel}
        </Button>
      </Group>
    </Dialog>
  );
}
