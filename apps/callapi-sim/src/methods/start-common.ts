import { activePhone } from "../calls/call-engine";
import type { CallSession } from "../calls/session-types";
import { rpcError } from "../rpc/error-factory";
import type { SimState } from "../sim-state";
import type { Employee, Scenario } from "../world/world-types";
import type { MethodReply } from "./method-context";

export interface CommonStartParams {
  virtual_phone_number: string;
  contact: string;
  external_id?: string;
  dtmf_string?: string;
  direction: "in" | "out";
}

/** The checks every start.* method makes, in the order of their error tables. */
export function checkCommon(sim: SimState, method: string, params: CommonStartParams): void {
  const { world } = sim;
  const number = params.virtual_phone_number;
  if (!world.virtualNumbers.some((vn) => vn.virtual_phone_number === number)) {
    throw rpcError("virtual_phone_number_not_found", {
      method,
      field: "virtual_phone_number",
      value: number,
      params: { virtual_phone_number: number },
    });
  }
  if (world.virtualNumbers.some((vn) => vn.virtual_phone_number === params.contact)) {
    throw rpcError("own_virtual_phone_number_not_allowed", {
      method,
      field: "contact",
      value: params.contact,
    });
  }
  if (world.blacklist.includes(params.contact)) {
    throw rpcError("contact_in_blacklist", {
      method,
      field: "contact",
      value: params.contact,
      params: { contact: params.contact },
    });
  }
}

export function newSession(
  sim: SimState,
  method: string,
  params: CommonStartParams,
  employee?: Employee,
  scenarioName?: string,
): CallSession {
  const universal = employee?.call_recording === "all";
  const session = sim.engine.createSession({
    direction: params.direction,
    virtualNumber: params.virtual_phone_number,
    contactNumber: params.contact,
    externalId: params.external_id ?? null,
    origin: method,
    informer: method === "start.informer_call",
    autoHangup: method !== "start.informer_call",
    recording: universal,
    universalRecording: universal,
    employeeId: employee?.id ?? null,
    scenarioName: scenarioName ?? null,
  });
  // The DTMF the contact is sent once answered; kept for the control API to show.
  if (params.dtmf_string) session.dtmfSent.push(params.dtmf_string);
  return session;
}

/** The employee a scenario sends the call to: the first free one with an active phone. */
export function scenarioEmployee(
  sim: SimState,
  scenario: Scenario,
): { employee: Employee; phone: string } {
  const busy = sim.engine.busyEmployeeIds();
  const reachable = scenario.employee_ids
    .map((id) => sim.world.employees.find((employee) => employee.id === id))
    .filter((employee): employee is Employee => employee !== undefined && !!activePhone(employee));
  const employee = reachable.find((candidate) => !busy.has(candidate.id)) ?? reachable[0];
  const phone = employee && activePhone(employee);
  if (!employee || !phone) throw rpcError("no_active_phone_number");
  return { employee, phone };
}

export function started(session: CallSession): MethodReply {
  return { data: { call_session_id: session.id } };
}
