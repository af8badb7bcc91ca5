import type { NotificationVariable } from "@callboard/callapi";
import type { VariableValue, VariableValues } from "./notification-values";

const placeholder = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/y;

/** A value as JSON: numbers as numbers, strings quoted, lists as arrays, missing as null. */
function asJson(value: VariableValue | undefined): string {
  return JSON.stringify(value ?? null);
}

/** A value written inside a JSON string the admin quoted: lists comma-separated, null empty. */
function asStringContent(value: VariableValue | undefined): string {
  const text = Array.isArray(value)
    ? value.join(",")
    : value === null || value === undefined
      ? ""
      : String(value);
  return JSON.stringify(text).slice(1, -1);
}

/**
 * Fills a body template the way CallGear's notification server does: each `{{variable}}` the
 * trigger has becomes its value as a JSON literal (`"id": {{call_session_id}}` -> `"id": 123`);
 * any other placeholder becomes null. A placeholder the admin put inside quotes
 * (`"id": "{{call_session_id}}"`) is written as text, so the body stays JSON either way.
 */
export function renderTemplate(
  template: string,
  values: VariableValues,
  allowed: readonly NotificationVariable[],
): string {
  const known = new Set<string>(allowed);
  let out = "";
  let inString = false;
  let index = 0;
  while (index < template.length) {
    const char = template[index] as string;
    if (char === "{" && template[index + 1] === "{") {
      placeholder.lastIndex = index;
      const match = placeholder.exec(template);
      if (match) {
        const name = match[1] as string;
        const value = known.has(name) ? values[name as NotificationVariable] : null;
        out += inString ? asStringContent(value) : asJson(value);
        index += match[0].length;
        continue;
      }
    }
    if (char === "\\" && inString) {
      out += template.slice(index, index + 2);
      index += 2;
      continue;
    }
    if (char === '"') inString = !inString;
    out += char;
    index += 1;
  }
  return out;
}
