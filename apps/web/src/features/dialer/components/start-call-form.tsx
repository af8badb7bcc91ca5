import type { StartCallKind } from "@callboard/contract";
import { Accordion, Alert, Button, Group, SimpleGrid, Stack } from "@mantine/core";
import type { FormEvent } from "react";
import { useT } from "../../../lib/i18n";
import { dialerDictionary } from "../i18n";
import {
  isAdvancedField,
  type MessageField,
  type StartCallDraft,
  type StartCallField,
  startCallFields,
} from "../model/start-call-draft";
import { MessageInput } from "./message-input";
import { type DialerPickers, StartCallFieldInput } from "./start-call-fields";

export type FieldErrorTexts = Partial<Record<StartCallField | "form", string>>;

interface StartCallFormProps {
  kind: StartCallKind;
  draft: StartCallDraft;
  onChange: (patch: Partial<StartCallDraft>) => void;
  pickers: DialerPickers;
  errors: FieldErrorTexts;
  advancedOpen: boolean;
  onAdvancedOpenChange: (open: boolean) => void;
  submitting: boolean;
  onSubmit: () => void;
  /** A warning that does not block the call (switch_at_once ignored with a TTS message). */
  warning?: string;
}

const messageFields = new Set<StartCallField>([
  "contact_message",
  "employee_message",
  "operator_message",
]);

/** The form of one kind of start.* call: its main inputs, then the rest folded. */
export function StartCallForm(props: StartCallFormProps) {
  const { kind, draft, onChange, pickers, errors, submitting } = props;
  const t = useT(dialerDictionary);
  const fields = startCallFields[kind];
  const main = fields.filter((field) => !isAdvancedField(kind, field));
  const advanced = fields.filter((field) => isAdvancedField(kind, field));

  const render = (field: StartCallField) =>
    messageFields.has(field) ? (
      <MessageInput
        key={field}
        label={t(`field.${field as MessageField}`)}
        value={draft[field as MessageField]}
        onChange={(message) => onChange({ [field]: message })}
        mediaFiles={pickers.mediaFiles}
        error={errors[field]}
        required={kind === "informer" && field === "contact_message"}
      />
    ) : (
      <StartCallFieldInput
        key={field}
        kind={kind}
        field={field as Exclude<StartCallField, MessageField>}
        draft={draft}
        onChange={onChange}
        pickers={pickers}
        error={errors[field]}
      />
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t(`kind.${kind}`)}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {main.map(render)}
        </SimpleGrid>
        <Accordion
          variant="contained"
          value={props.advancedOpen ? "advanced" : null}
          onChange={(value) => props.onAdvancedOpenChange(value === "advanced")}
        >
          <Accordion.Item value="advanced">
            <Accordion.Control>{t("advanced")}</Accordion.Control>
            <Accordion.Panel>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {advanced.map(render)}
              </SimpleGrid>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
        {props.warning && <Alert color="yellow">{props.warning}</Alert>}
        {errors.form && (
          <Alert color="red" role="alert">
            {errors.form}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={submitting} size="md">
            {t("start")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
