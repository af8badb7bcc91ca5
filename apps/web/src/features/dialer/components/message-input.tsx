import type { ComboboxItem } from "@mantine/core";
import { Fieldset, Input, SegmentedControl, Select, Textarea } from "@mantine/core";
import { useT } from "../../../lib/i18n";
import { dialerDictionary } from "../i18n";
import type { MessageDraft } from "../model/start-call-draft";

interface MessageInputProps {
  label: string;
  value: MessageDraft;
  onChange: (value: MessageDraft) => void;
  mediaFiles: ComboboxItem[];
  error?: string;
  /** The informer's message cannot be left out. */
  required?: boolean;
}

/** A Call API message: a media file from the directory or a text for speech synthesis. */
export function MessageInput({
  label,
  value,
  onChange,
  mediaFiles,
  error,
  required,
}: MessageInputProps) {
  const t = useT(dialerDictionary);
  const types = required ? (["media", "tts"] as const) : (["none", "media", "tts"] as const);
  return (
    <Fieldset legend={label} variant="unstyled">
      <SegmentedControl
        aria-label={`${label}: ${t("message.type")}`}
        value={value.type}
        onChange={(type) => onChange({ type: type as MessageDraft["type"], value: "" })}
        data={types.map((type) => ({ value: type, label: t(`message.${type}`) }))}
      />
      {value.type === "media" && (
        <Select
          mt="xs"
          label={t("message.file")}
          placeholder={t("pick")}
          data={mediaFiles}
          value={value.value || null}
          onChange={(file) => onChange({ type: "media", value: file ?? "" })}
          searchable
          nothingFoundMessage={t("noOptions")}
          error={error}
          withAsterisk
        />
      )}
      {value.type === "tts" && (
        <Textarea
          mt="xs"
          label={t("message.text")}
          value={value.value}
          onChange={(event) => onChange({ type: "tts", value: event.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={6}
          error={error}
          withAsterisk
        />
      )}
      {value.type === "none" && error && <Input.Error mt={4}>{error}</Input.Error>}
    </Fieldset>
  );
}
