import { parseAccountTime } from "@callboard/callapi";
import { rpcError } from "../rpc/error-factory";
import type { SimState } from "../sim-state";
import { type DirectoryParams, page } from "./data-paging";
import type { MethodReply } from "./method-context";

interface CallsReportParams extends DirectoryParams {
  date_from: string;
  date_till: string;
}

function windowEdge(sim: SimState, field: "date_from" | "date_till", text: string): number {
  const at = parseAccountTime(text, sim.timeZone);
  if (at === undefined) throw rpcError("invalid_parameter_value", { field, value: text });
  return at;
}

/**
 * get.calls_report: the finished calls that started within [date_from, date_till] (account
 * time zone, to the second), oldest first unless `sort` says otherwise, with the Data API's
 * filter, fields and limit/offset paging.
 */
export function callsReport(sim: SimState, params: CallsReportParams): MethodReply {
  const from = windowEdge(sim, "date_from", params.date_from);
  const till = windowEdge(sim, "date_till", params.date_till);
  if (till < from) {
    throw rpcError("invalid_parameters_combination", {
      field: "date_till",
      value: params.date_till,
    });
  }
  const rows = sim.journal
    .startedBetween(from, till + 999)
    .map((call) => structuredClone(call.row));
  return page(rows, params);
}
