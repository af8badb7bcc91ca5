import type { DataMethodName } from "@callboard/callapi";
import type { SimState } from "../sim-state";
import { callsReport } from "./calls-report";
import { page } from "./data-paging";
import type { DataHandlers } from "./method-context";

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
  "get.calls_report": ({ sim, params }) => callsReport(sim, params),
  "get.tags": ({ sim, method, params }) => page(directory(sim, method), params),
  "get.employees": ({ sim, method, params }) => page(directory(sim, method), params),
  "get.virtual_numbers": ({ sim, method, params }) => page(directory(sim, method), params),
  "get.scenarios": ({ sim, method, params }) => page(directory(sim, method), params),
  "get.media_files": ({ sim, method, params }) => page(directory(sim, method), params),
};
