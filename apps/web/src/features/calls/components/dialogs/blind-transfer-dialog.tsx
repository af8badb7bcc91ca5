import {
  blindTransferBodySchema,
  type CallSession,
  normalizePhoneNumber,
} from "@callboard/contract";
import { Button, Group, Stack, Text } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../../../components/dialog";
import { ErrorAlert } from "../../../../components/error-alert";
import { useDirectory } from "../../../../lib/directory";
import { applyApiFieldError, zodFieldErrors } from "../../../../lib/forms";
import { useT } from "../../../../lib/i18n";
import { useSettings } from "../../../../lib/settings";
import { useCallAction } from "../../api/call-actions";
import { callsDict } from "../../i18n";
import { returnToCallerAction } from "../../model/call-actions";
import { dialledName } from "../../model/dialled-name";
import { NumberPicker } from "./number-picker";

/** Hand the caller over without talking first; if a step fails, the way back to the caller. */
export function BlindTransferDialog({
  callId,
  call,
  onClose,
}: {
  callId: number;
  call: CallSession | null;
  onClose: () => void;
}) {
  const t = useT(callsDict);
  const settings = useSettings();
  const employees = useDirectory("employees");
  const blind = useCallAction("blindTransfer", { silent: true });
  const restore = useCallAction("restore", { silent: true });
  const unhold = useCallAction("unhold", { silent: true });
  const [to, setTo] = useState("");
  const [toError, setToError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const backAction = failure && call ? returnToCallerAction(call.phase) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const number = normalizePhoneNumber(to) ?? to;
    const body = settings.holdMessage
      ? { to: number, contact_message: settings.holdMessage }
      : { to: number };
    const errors = zodFieldErrors(blindTransferBodySchema, body);
    setToError(errors.to && t("numberInvalid"));
    if (errors.to) return;
    blind.mutate(
      {
        callId,
        body,
        successText: t("done_blindTransfer", { to: dialledName(employees.data, number) }),
      },
      {
        onSuccess: onClose,
        onError: (error) => {
          if (
            !applyApiFieldError(error, (field, message) => field === "to" && setToError(message))
          ) {
            setFailure(error);
          }
        },
      },
    );
  }

  function returnToCaller() {
    const action = backAction === "restore" ? restore : unhold;
    action.mutate(
      { callId, body: {}, successText: t("done_restore") },
      { onSuccess: onClose, onError: setFailure },
    );
  }

  return (
    <Dialog
      opened
      onClose={onClose}
      title={t("blindTitle")}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t("blindHint")}</Text>
          <NumberPicker
            value={to}
            onChange={(number) => {
              setTo(number);
              setToError(undefined);
            }}
            error={toError}
            autoFocus
          />
          <ErrorAlert error={failure}>
            {backAction && (
              <Text size="sm" mt="xs">
                {t("blindFailed")}
              </Text>
            )}
          </ErrorAlert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("cancel")}
            </Button>
            {backAction && (
              <Button
                variant="default"
                onClick={returnToCaller}
                loading={restore.isPending || unhold.isPending}
              >
                {t("restore")}
              </Button>
            )}
            <Button type="submit" loading={blind.isPending}>
              {t("blindSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
