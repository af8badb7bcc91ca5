import { Select, Stack, TextInput } from "@mantine/core";
import { useMemo } from "react";
import { useDirectory } from "../../../../lib/directory";
import { useT } from "../../../../lib/i18n";
import { callsDict } from "../../i18n";

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
        inputMode="tel"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value.trim())}
        error={error}
        name="to"
      />
    </Stack>
  );
}
