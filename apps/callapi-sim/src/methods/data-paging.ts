import type { MethodReply } from "./method-context";

/** Paging and selection of every Data API list. */
export interface DirectoryParams {
  limit: number;
  offset: number;
  filter?: unknown;
  sort?: { field: string; order: "asc" | "desc" }[];
  fields?: string[];
}

/** Filter conditions the simulator understands; others match everything. */
function matches(item: Record<string, unknown>, filter: unknown): boolean {
  if (typeof filter !== "object" || filter === null) return true;
  const group = filter as { filters?: unknown[]; condition?: "and" | "or" };
  if (Array.isArray(group.filters)) {
    const results = group.filters.map((inner) => matches(item, inner));
    return group.condition === "or" ? results.some(Boolean) : results.every(Boolean);
  }
  const { field, operator, value } = filter as { field: string; operator: string; value: unknown };
  const actual = item[field];
  switch (operator) {
    case "=":
      return actual === value;
    case "!=":
      return actual !== value;
    case "in":
      return Array.isArray(value) && value.includes(actual);
    case ">":
    case ">=":
    case "<":
    case "<=":
      return compare(actual, value, operator);
    case "like":
      return String(actual ?? "")
        .toLowerCase()
        .includes(String(value ?? "").toLowerCase());
    default:
      return true;
  }
}

/** Numbers compare as numbers, anything else (e.g. "2026-03-02 12:00:00") as text. */
function compare(actual: unknown, value: unknown, operator: ">" | ">=" | "<" | "<="): boolean {
  if (actual === null || actual === undefined) return false;
  const order =
    typeof actual === "number" && typeof value === "number"
      ? actual - value
      : String(actual).localeCompare(String(value));
  if (operator === ">") return order > 0;
  if (operator === ">=") return order >= 0;
  if (operator === "<") return order < 0;
  return order <= 0;
}

/** A Data API page: filter, sort, limit/offset and field selection, with total_items. */
export function page(items: Record<string, unknown>[], params: DirectoryParams): MethodReply {
  let selected = items.filter((item) => matches(item, params.filter));
  for (const { field, order } of [...(params.sort ?? [])].reverse()) {
    const sign = order === "desc" ? -1 : 1;
    selected = [...selected].sort(
      (a, b) =>
        sign * String(a[field]).localeCompare(String(b[field]), undefined, { numeric: true }),
    );
  }
  const data = selected
    .slice(params.offset, params.offset + params.limit)
    .map((item) =>
      params.fields
        ? Object.fromEntries(params.fields.filter((f) => f in item).map((f) => [f, item[f]]))
        : item,
    );
  return { data, metadata: { total_items: selected.length } };
}
