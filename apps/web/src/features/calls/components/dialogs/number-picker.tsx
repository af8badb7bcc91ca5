import { normalizePhoneNumber } from "@callboard/contract";
import { Alert, Select, Stack, TextInput } from "@mantine/core";
import { useCallback, useMemo } from "react";
import { useDirectory } from "../../../../lib/directory";
import { type Translate, useLanguage, useT } from "../../../../lib/i18n";
import { useCallList } from "../../api/calls-query";
import { type CallsKey, callsDict } from "../../i18n";
import { busyEmployees, type EmployeeBusy, freeFirst } from "../../model/employee-presence";

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

/**
 * Who to dial: pick an employee (by name, from the directory; free ones first, the busy ones
 * marked from the live board's calls) or type any number.
 */
export function NumberPicker({ value, onChange, error, autoFocus }: NumberPickerProps) {
  const t = useT(callsDict);
  const language = useLanguage();
  const employees = useDirectory("employees");
  const calls = useCallList()?.calls;
  const busy = useMemo(() => busyEmployees(calls ?? []), [calls]);
  const busyText = useCallback(
    (state: EmployeeBusy) => {
      const time = new Date(state.since).toLocaleTimeString(language, {
        hour: "2-digit",
        minute: "2-digit",
      });
      return state.calls > 1 ? t("busyMany", { count: state.calls, time }) : t("busyOne", { time });
    },
    [t, language],
  );
  const options = useMemo(
    () =>
      freeFirst(
        (employees.data ?? []).filter((employee) => employee.phoneNumbers.length > 0),
        busy,
      ).map((employee) => {
        const name = employee.extension
          ? `${employee.fullName} (${employee.extension})`
          : employee.fullName;
        const state = busy.get(employee.id);
        return {
          value: employee.phoneNumbers[0] ?? "",
          label: state ? `${name} · ${busyText(state)}` : name,
          name,
          state,
        };
      }),
    [employees.data, busy, busyText],
  );
  const pickedOption = options.find((option) => option.value === value);
  return (
    <Stack gap="xs">
      <Select
        label={t("dialEmployee")}
        placeholder={t("pickEmployee")}
        data={options.map(({ value, label }) => ({ value, label }))}
        value={pickedOption ? value : null}
        onChange={(number) => onChange(number ?? "")}
        searchable
        clearable
        nothingFoundMessage="—"
        comboboxProps={{ withinPortal: true }}
        autoFocus={autoFocus}
      />
      {pickedOption?.state && (
        <Alert color="orange" role="alert" p="xs">
          {t("busyWarning", { name: pickedOption.name, busy: busyText(pickedOption.state) })}
        </Alert>
      )}
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
