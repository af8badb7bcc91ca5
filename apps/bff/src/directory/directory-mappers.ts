import type {
  Employee,
  MediaFile,
  Scenario,
  Tag,
  TalkOption as UpstreamTalkOption,
  VirtualNumber,
} from "@callboard/callapi";
import type {
  DirectoryEmployee,
  DirectoryMediaFile,
  DirectoryScenario,
  DirectoryTag,
  DirectoryVirtualNumber,
  TalkOption,
} from "@callboard/contract";

// Data API items (snake_case, loosely typed by the live service) to the console's pickers.

export function toDirectoryTag(tag: Tag): DirectoryTag {
  return { id: tag.id, name: tag.name, color: tag.color ?? null, isSystem: Boolean(tag.is_system) };
}

export function toDirectoryEmployee(employee: Employee): DirectoryEmployee {
  const name =
    employee.full_name ??
    ([employee.first_name, employee.last_name].filter(Boolean).join(" ") ||
      employee.login ||
      `#${employee.id}`);
  const numbers = [...employee.phone_numbers].sort(
    (a, b) => Number(b.status === "active") - Number(a.status === "active"),
  );
  return {
    id: employee.id,
    fullName: name,
    extension: employee.extension?.extension_phone_number ?? null,
    phoneNumbers: numbers.map((phone) => phone.phone_number),
    isCoach: isTruthy(employee.coach),
  };
}

export function toDirectoryVirtualNumber(number: VirtualNumber): DirectoryVirtualNumber {
  return {
    number: number.virtual_phone_number,
    name: number.name,
    status: number.status,
    scenarios: number.scenarios.map((s) => ({
      id: s.scenario_id,
      name: s.scenario_name ?? `#${s.scenario_id}`,
    })),
  };
}

export function toDirectoryScenario(scenario: Scenario): DirectoryScenario {
  return {
    id: scenario.id,
    name: scenario.name ?? `#${scenario.id}`,
    virtualNumbers: scenario.virtual_phone_numbers
      .map((entry) =>
        typeof entry === "string"
          ? entry
          : String((entry as Record<string, unknown>).virtual_phone_number ?? ""),
      )
      .filter((number) => number !== ""),
  };
}

export function toDirectoryMediaFile(file: MediaFile): DirectoryMediaFile {
  return {
    id: file.id,
    name: file.name ?? `#${file.id}`,
    type: file.type,
    durationSeconds: file.duration ?? null,
  };
}

export function toTalkOption(option: UpstreamTalkOption): TalkOption {
  return {
    button: option.button,
    mnemonic: option.mnemonic,
    name: option.name ?? option.mnemonic,
    value: option.button_value
      ? { id: option.button_value.id, value: option.button_value.value ?? "" }
      : null,
  };
}

/** `coach` comes as a boolean, "true"/"false", 0/1 or an object depending on the edition. */
function isTruthy(value: unknown): boolean {
  if (typeof value === "string") return value === "true" || value === "1";
  if (typeof value === "number") return value !== 0;
  if (value && typeof value === "object") return Object.keys(value).length > 0;
  return value === true;
}
