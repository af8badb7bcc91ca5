import type { DataMethodName } from "@callboard/callapi";
import type { SimState } from "../sim-state";
import type { DataHandlers, MethodReply } from "./method-context";

interface DirectoryParams {
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
    case "like":
      return String(actual ?? "")
        .toLowerCase()
        .includes(String(value ?? "").toLowerCase());
    default:
      return true;
  }
}

/** A Data API page: filter, sort, limit/offset and field selection, with total_items. */
function page(items: Record<string, unknown>[], params: DirectoryParams): MethodReply {
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

function directory(
  sim: SimState,
  method: Exclude<DataMethodName, "get.calls_report">,
): Record<string, unknown>[] {
  const { world } = sim;
  switch (method) {
    case "get.tags":
      return world.tags.map((tag) => ({ ...tag }));
    case "get.employees":
      return world.employees.map((employee) => ({ ...structuredClone(employee) }));
    case "get.virtual_numbers":
      return world.virtualNumbers.map((number) => ({ ...structuredClone(number) }));
    case "get.scenarios":
      return world.scenarios.map(({ employee_ids: _, ...scenario }) => structuredClone(scenario));
    case "get.media_files":
      return world.mediaFiles.map((file) => ({ ...file }));
  }
}

export const dataHandlers: DataHandlers = {
  // Finished calls are not kept yet: the report answers an empty page.
  "get.calls_report": ({ params }) => page([], params),
  "get.tags": ({ sim, method, params }) => page(directory(sim, method), params),
  "get.employees": ({ sim, method, params }) => page(directory(sim, method), params),
  "get.virtual_numbers": ({ sim, method, params }) => page(directory(sim, method), params),
  "get.scenarios": ({ sim, method, params }) => page(directory(sim, method), params),
  "get.media_files": ({ sim, method, params }) => page(directory(sim, method), params),
};
