import type {
  DirectoryEmployee,
  DirectoryMediaFile,
  DirectoryScenario,
  DirectoryVirtualNumber,
} from "@callboard/contract";
import type { ComboboxItem } from "@mantine/core";

/** Picker entries built from the directory: people pick names, the Call API gets ids. */
export function virtualNumberItems(numbers: readonly DirectoryVirtualNumber[]): ComboboxItem[] {
  return numbers.map((entry) => ({
    value: entry.number,
    label: entry.name ? `${entry.number} · ${entry.name}` : entry.number,
  }));
}

export function employeeItems(employees: readonly DirectoryEmployee[]): ComboboxItem[] {
  return employees.map((employee) => ({
    value: String(employee.id),
    label: employee.extension ? `${employee.fullName} (${employee.extension})` : employee.fullName,
  }));
}

export function mediaFileItems(files: readonly DirectoryMediaFile[]): ComboboxItem[] {
  return files.map((file) => ({
    value: String(file.id),
    label: file.durationSeconds
      ? `${file.name} (${Math.round(file.durationSeconds)} s)`
      : file.name,
  }));
}

/** Scenarios of the chosen virtual number first: those are the ones it normally runs. */
export function scenarioItems(
  scenarios: readonly DirectoryScenario[],
  virtualNumber: string,
): ComboboxItem[] {
  const own = (scenario: DirectoryScenario) => scenario.virtualNumbers.includes(virtualNumber);
  return [...scenarios]
    .sort((a, b) => Number(own(b)) - Number(own(a)))
    .map((scenario) => ({ value: String(scenario.id), label: scenario.name }));
}
