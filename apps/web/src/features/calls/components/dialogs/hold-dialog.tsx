import { holdBodySchema } from "@callboard/contract";
import { Button, Group, Radio, Select, Stack, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Dialog } from "../../../../components/dialog";
import { ErrorAlert } from "../../../../components/error-alert";
import { useDirectory } from "../../../../lib/directory";
import { applyApiFieldError, type FieldErrors, zodFieldErrors } from "../../../../lib/forms";
import { useT } from "../../../../lib/i18n";
import { useSettings } from "../../../../lib/settings";
import { useCallAction } from "../../api/call-actions";
import { callsDict } from "../../i18n";

type Choice = "default" | "media" | "tts";

/** Hold with the default message, a media file, or a TTS text; errors on their fields. */
export function HoldDialog({ callId, onClose }: { callId: number; onClose: () => void }) {
  const t = useT(callsDict);
  const settings = useSettings();
  const media = useDirectory("media-files");
  const hold = useCallAction("hold", { silent: true });
  const [choice, setChoice] = useState<Choice>(settings.holdMessage?.type ?? "default");
  const [mediaId, setMediaId] = useState<string | null>(
    settings.holdMessage?.type === "media" ? settings.holdMessage.value : null,
  );
  const [text, setText] = useState(
    settings.holdMessage?.type === "tts" ? settings.holdMessage.value : "",
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body =
      choice === "default"
        ? {}
        : {
            contact_message: {
              type: choice,
              value: choice === "media" ? (mediaId ?? "") : text.trim(),
            },
          };
    const found = zodFieldErrors(holdBodySchema, body);
    if (choice !== "default" && !body.contact_message?.value)
      found["contact_message.value"] = t("required");
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) return;
    hold.mutate(
      { callId, body, successText: t("done_hold") },
      {
        onSuccess: onClose,
        onError: (error) => {
          const next: FieldErrors = {};
          const placed = applyApiFieldError(error, (field, message) => {
            next[field.startsWith("contact_message") ? "contact_message.value" : field] = message;
          });
          setErrors(next);
          if (!placed) setFailure(error);
        },
      },
    );
  }

  const fieldError = errors["contact_message.value"] ?? errors.contact_message;
  return (
    <Dialog
      opened
      onClose={onClose}
      title={t("holdTitle")}
      closeButtonProps={{ "aria-label": t("close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label={t("holdMessage")}
            value={choice}
            onChange={(value) => setChoice(value as Choice)}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="default" label={t("holdDefault")} />
              <Radio value="media" label={t("holdMedia")} />
              <Radio value="tts" label={t("holdTts")} />
            </Stack>
          </Radio.Group>
          {choice === "media" && (
            <Select
              label={t("mediaFile")}
              placeholder={t("pickMedia")}
              data={(media.data ?? []).map((file) => ({
                value: String(file.id),
                label: file.name,
              }))}
              value={mediaId}
              onChange={(id) => {
                setMediaId(id);
                setErrors({});
              }}
              searchable
              error={fieldError}
              comboboxProps={{ withinPortal: true }}
            />
          )}
          {choice === "tts" && (
            <Textarea
              label={t("ttsText")}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value);
                setErrors({});
              }}
              error={fieldError}
              autosize
              minRows={2}
            />
          )}
          <ErrorAlert error={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("cancel")}
            </Button>
            <Button type="submit" loading={hold.isPending}>
              {t("holdSubmit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
