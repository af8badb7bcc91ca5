import { holdBodySchema } from "@callboard/contract";
import { Button, Fieldset, Group, SegmentedControl, Select, Text, Textarea } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useDirectory } from "../../../lib/directory";
import { useT } from "../../../lib/i18n";
import { notifySuccess } from "../../../lib/notify";
import { type Settings, updateSettings, useSettings } from "../../../lib/settings";
import { settingsDictionary } from "../i18n";

type HoldKind = "none" | "media" | "tts";

/** The default hold message: the BFF's own default, a media file, or a TTS text. */
export function HoldMessageSetting() {
  const t = useT(settingsDictionary);
  const saved = useSettings().holdMessage;
  const mediaFiles = useDirectory("media-files");
  const [kind, setKind] = useState<HoldKind>(saved?.type ?? "none");
  const [value, setValue] = useState(saved?.value ?? "");
  const [error, setError] = useState<string | undefined>();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const holdMessage: Settings["holdMessage"] =
      kind === "none" ? null : { type: kind, value: kind === "tts" ? value.trim() : value };
    // The same schema the hold action's body is checked with.
    const check = holdBodySchema.safeParse(holdMessage ? { contact_message: holdMessage } : {});
    if (!check.success) return setError(t("holdRequired"));
    updateSettings({ holdMessage });
    notifySuccess(t("holdSaved"));
  };

  return (
    <form onSubmit={save} noValidate>
      <Fieldset legend={t("holdMessage")}>
        <Text size="sm" mb="xs">
          {t("holdHelp")}
        </Text>
        <SegmentedControl
          aria-label={t("holdKind")}
          value={kind}
          onChange={(next) => {
            setKind(next as HoldKind);
            setValue("");
            setError(undefined);
          }}
          data={[
            { value: "none", label: t("holdNone") },
            { value: "media", label: t("holdMedia") },
            { value: "tts", label: t("holdTts") },
          ]}
        />
        {kind === "media" && (
          <Select
            mt="sm"
            label={t("holdFile")}
            placeholder={t("pick")}
            data={(mediaFiles.data ?? []).map((file) => ({
              value: String(file.id),
              label: file.name,
            }))}
            value={value || null}
            onChange={(file) => {
              setValue(file ?? "");
              setError(undefined);
            }}
            searchable
            error={error}
          />
        )}
        {kind === "tts" && (
          <Textarea
            mt="sm"
            label={t("holdText")}
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              setError(undefined);
            }}
            autosize
            minRows={2}
            error={error}
          />
        )}
        <Group mt="sm">
          <Button type="submit" variant="default">
            {t("holdSave")}
          </Button>
        </Group>
      </Fieldset>
    </form>
  );
}
