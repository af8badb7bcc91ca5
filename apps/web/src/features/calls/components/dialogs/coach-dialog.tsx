import { coachBodySchema, normalizePhoneNumber } from "@callboard/contract";
import { Button, Group, Radio, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../../../components/dialog";
import { ErrorAlert } from "../../../../components/error-alert";
import { applyApiFieldError, zodFieldErrors } from "../../../../lib/forms";
import { useT } from "../../../../lib/i18n";
import { useCallAction } from "../../api/call-actions";
import { callsDict } from "../../i18n";
import { normalisedNote } from "./number-picker";

/** Supervisors: add the PBX's configured coach, or a coach by number. */
export function CoachDialog({ callId, onClose }: { callId: number; onClose: () => void }) {
  const t = useT(callsDict);
  const coach = useCallAction("coach", { silent: true });
  const [choice, setChoice] = useState<"default" | "number">("default");
  const [phone, setPhone] = useState("");
  const [phoneError, setPhoneError] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const body = choice === "number" ? { phone_number: normalizePhoneNumber(phone) ?? phone } : {};
    const errors = zodFieldErrors(coachBodySchema, body);
    setPhoneError(errors.phone_number && t("numberInvalid"));
    if (errors.phone_number) return;
    coach.mutate(
      { callId, body, successText: t("done_coach") },
      {
        onSuccess: onClose,
        onError: (error) => {
          const placed = applyApiFieldError(error, (field, message) => {
            if (field === "phone_number") setPhoneError(message);
          });
          if (!placed || choice === "default") setFailure(error);
        },
      },
    );
  }

  return (
    <Dialog
      opened
      onClose={onClose}
      title={t("coachTitle")}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            aria-label={t("coachTitle")}
            value={choice}
            onChange={(value) => setChoice(value === "number" ? "number" : "default")}
          >
            <Stack gap="xs">
              <Radio value="default" label={t("coachDefault")} />
              <Radio value="number" label={t("coachNumber")} />
            </Stack>
          </Radio.Group>
          {choice === "number" && (
            <TextInput
              label={t("coachPhone")}
              placeholder={t("numberPlaceholder")}
              description={normalisedNote(phone, t)}
              inputMode="tel"
              value={phone}
              onChange={(event) => {
                setPhone(event.currentTarget.value);
                setPhoneError(undefined);
              }}
              error={phoneError}
              name="phone_number"
            />
          )}
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={coach.isPending}>
              {t("coachSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
