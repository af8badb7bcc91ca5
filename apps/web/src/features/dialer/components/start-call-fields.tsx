import { normalizePhoneNumber, type StartCallKind } from "@callboard/contract";
import {
  Autocomplete,
  type ComboboxItem,
  NumberInput,
  SegmentedControl,
  Select,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import type { ReactNode } from "react";
import { type Translate, useT } from "../../../lib/i18n";
import { type DialerKey, dialerDictionary } from "../i18n";
import {
  firstCallOptions,
  type StartCallDraft,
  type StartCallField,
} from "../model/start-call-draft";

export interface DialerPickers {
  virtualNumbers: ComboboxItem[];
  employees: ComboboxItem[];
  /** Numbers of the chosen employee, suggested for `employee.phone_number`. */
  employeePhones: string[];
  scenarios: ComboboxItem[];
  mediaFiles: ComboboxItem[];
  loading: boolean;
}

export interface StartCallFieldProps {
  kind: StartCallKind;
  field: Exclude<StartCallField, "contact_message" | "employee_message" | "operator_message">;
  draft: StartCallDraft;
  onChange: (patch: Partial<StartCallDraft>) => void;
  pickers: DialerPickers;
  error?: string;
}

/** A phone field's help, or the number it will dial once typed in another way than E.164. */
function numberDescription(
  field: "contact" | "operator" | "external_id" | "dtmf_string",
  value: string,
  t: Translate<DialerKey>,
): string {
  if (field !== "contact" && field !== "operator") return t(`help.${field}`);
  const normalised = normalizePhoneNumber(value);
  return normalised && normalised !== value.trim()
    ? t("help.normalised", { number: normalised })
    : t(`help.${field}`);
}

const confirmationKeys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "*", "#"];

/** One input of a start.* form, labelled in the user's language, named by its Call API param. */
export function StartCallFieldInput({
  kind,
  field,
  draft,
  onChange,
  pickers,
  error,
}: StartCallFieldProps): ReactNode {
  const t = useT(dialerDictionary);
  const pick = pickers.loading ? t("loading") : t("pick");
  const common = {
    error,
    nothingFoundMessage: t("noOptions"),
    placeholder: pick,
    searchable: true,
  };
  switch (field) {
    case "virtual_phone_number":
      return (
        <Select
          {...common}
          label={t("field.virtual_phone_number")}
          description={t("help.virtual_phone_number")}
          data={pickers.virtualNumbers}
          value={draft.virtual_phone_number || null}
          onChange={(value) => onChange({ virtual_phone_number: value ?? "" })}
          withAsterisk
        />
      );
    case "contact":
    case "operator":
    case "external_id":
    case "dtmf_string":
      return (
        <TextInput
          label={t(`field.${field}`)}
          description={numberDescription(field, draft[field], t)}
          value={draft[field]}
          onChange={(event) => onChange({ [field]: event.currentTarget.value })}
          error={error}
          withAsterisk={field === "contact" || field === "operator"}
          inputMode={field === "external_id" ? "text" : "tel"}
          autoComplete="off"
        />
      );
    case "first_call":
      return (
        <div>
          <Text component="div" size="sm" fw={500} id="dialer-first-call">
            {t("field.first_call")}
          </Text>
          <SegmentedControl
            aria-labelledby="dialer-first-call"
            value={draft.first_call}
            onChange={(value) => onChange({ first_call: value })}
            data={firstCallOptions[kind].map((option) => ({
              value: option,
              label: t(`first.${option}` as "first.contact"),
            }))}
          />
        </div>
      );
    case "employee.id":
      return (
        <Select
          {...common}
          label={t("field.employee.id")}
          data={pickers.employees}
          value={draft.employee_id || null}
          onChange={(value) => onChange({ employee_id: value ?? "", employee_phone_number: "" })}
          withAsterisk
        />
      );
    case "employee.phone_number":
      return (
        <Autocomplete
          label={t("field.employee.phone_number")}
          description={t("help.employee.phone_number")}
          data={pickers.employeePhones}
          value={draft.employee_phone_number}
          onChange={(value) => onChange({ employee_phone_number: value })}
          error={error}
        />
      );
    case "scenario_id":
      return (
        <Select
          {...common}
          label={t("field.scenario_id")}
          description={t("help.scenario_id")}
          data={pickers.scenarios}
          value={draft.scenario_id || null}
          onChange={(value) => onChange({ scenario_id: value ?? "" })}
          withAsterisk
        />
      );
    case "media_file_id":
      return (
        <Select
          {...common}
          label={t("field.media_file_id")}
          description={t("help.media_file_id")}
          data={pickers.mediaFiles}
          value={draft.media_file_id || null}
          onChange={(value) => onChange({ media_file_id: value ?? "" })}
          clearable
        />
      );
    case "operator_confirmation":
      return (
        <Select
          label={t("field.operator_confirmation")}
          description={t("help.operator_confirmation")}
          data={[
            { value: "", label: t("confirmation.none") },
            { value: "any", label: t("confirmation.any") },
            ...confirmationKeys.map((key) => ({ value: key, label: key })),
          ]}
          value={draft.operator_confirmation}
          onChange={(value) => onChange({ operator_confirmation: value ?? "" })}
          error={error}
          allowDeselect={false}
        />
      );
    case "switch_at_once":
    case "early_switching":
    case "show_virtual_phone_number":
      return (
        <Switch
          label={t(`field.${field}`)}
          description={
            field === "early_switching"
              ? t("help.early_switching", {
                  party: t(kind === "simple" ? "first.operator" : "first.employee"),
                })
              : field === "switch_at_once"
                ? t("help.switch_at_once")
                : undefined
          }
          checked={draft[field]}
          onChange={(event) => onChange({ [field]: event.currentTarget.checked })}
          error={error}
        />
      );
    case "dialing_timeout":
      return (
        <NumberInput
          label={t("field.dialing_timeout")}
          description={t("help.dialing_timeout")}
          value={draft.dialing_timeout}
          onChange={(value) =>
            onChange({ dialing_timeout: typeof value === "number" ? value : "" })
          }
          min={1}
          max={120}
          allowDecimal={false}
          error={error}
        />
      );
    case "direction":
      return (
        <Select
          label={t("field.direction")}
          data={[
            { value: "in", label: t("direction.in") },
            { value: "out", label: t("direction.out") },
          ]}
          value={draft.direction}
          onChange={(value) => onChange({ direction: value === "out" ? "out" : "in" })}
          allowDeselect={false}
          error={error}
        />
      );
  }
}
