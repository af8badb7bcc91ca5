import { normalizePhoneNumber } from "@callboard/contract";
import { Select, Stack, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useDirectory } from "../../../../lib/directory";
import { type Translate, useT } from "../../../../lib/i18n";
import { type CallsKey, callsDict } from "../../i18n";

/** Under a number typed another way than E.164 digits: the number that will be dialled. */
export function normalisedNote(typed: string, t: Translate<CallsKey>): string | undefined {
  const number = normalizePhoneNumber(typed);
  return number && number !== typed.trim() ? t("numberNormalised", { number }) : undefined;
}

interface NumberPickerProps {
  value: string;
  onChange: (number: string) => void;
  error?: string;
  autoFocus?: boolean;
}

/** Who to dial: pick an employee (by name, from the directory) or type any number. */
export function NumberPicker({ value, onChange, error, autoFocus }: NumberPickerProps) {
  const t = useT(callsDict);
  const employees = useDirectory("employees");
  const options = useMemo(
    () =>
      (employees.data ?? [])
        .filter((employee) => employee.phoneNumbers.length > 0)
        .map((employee) => ({
          value: employee.phoneNumbers[0] ?? "",
          label: employee.extension
            ? `${employee.fullName} (${employee.extension})`
            : employee.fullName,
        })),
    [employees.data],
  );
  const picked = options.some((option) => option.value === value) ? value : null;
  return (
    <Stack gap="xs">
      <Select
        label={t("dialEmployee")}
        placeholder={t("pickEmployee")}
        data={options}
        value={picked}
        onChange={(number) => onChange(number ?? "")}
        searchable
        clearable
        nothingFoundMessage="—"
        comboboxProps={{ withinPortal: true }}
        autoFocus={autoFocus}
      />
      <TextInput
        label={t("orNumber")}
        placeholder={t("numberPlaceholder")}
        description={normalisedNote(value, t)}
        inputMode="tel"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        name="to"
      />
    </Stack>
  );
}
