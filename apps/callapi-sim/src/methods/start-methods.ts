import { activePhone } from "../calls/call-engine";
import { connectInformer, connectTwoParty } from "../calls/call-setup";
import type { CallSession } from "../calls/session-types";
import { rpcError } from "../rpc/error-factory";
import type { SimState } from "../sim-state";
import type { Employee, Scenario } from "../world/world-types";
import { checkMediaFile, checkMessage } from "./message-checks";
import type { CallHandlers, MethodReply } from "./method-context";

interface CommonStartParams {
  virtual_phone_number: string;
  contact: string;
  external_id?: string;
  direction: "in" | "out";
}

/** The checks every start.* method makes, in the order of their error tables. */
function checkCommon(sim: SimState, method: string, params: CommonStartParams): void {
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

function newSession(
  sim: SimState,
  method: string,
  params: CommonStartParams,
  employee?: Employee,
): CallSession {
  const universal = employee?.call_recording === "all";
  return sim.engine.createSession({
    direction: params.direction,
    virtualNumber: params.virtual_phone_number,
    contactNumber: params.contact,
    externalId: params.external_id ?? null,
    origin: method,
    informer: method === "start.informer_call",
    autoHangup: method !== "start.informer_call",
    recording: universal,
    universalRecording: universal,
  });
}

/** The employee a scenario sends the call to: the first free one with an active phone. */
function scenarioEmployee(
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

function started(session: CallSession): MethodReply {
  return { data: { call_session_id: session.id } };
}

export const startHandlers: Pick<
  CallHandlers,
  | "start.employee_call"
  | "start.scenario_call"
  | "start.vnumber_call"
  | "start.informer_call"
  | "start.simple_call"
> = {
  "start.employee_call": ({ sim, method, params }) => {
    checkCommon(sim, method, params);
    const contactMessageMs = checkMessage(
      sim.world,
      params.contact_message,
      "contact_message",
      method,
    );
    const employeeMessageMs = checkMessage(
      sim.world,
      params.employee_message,
      "employee_message",
      method,
    );
    if (params.media_file_id !== undefined) {
      checkMediaFile(
        sim.world,
        params.media_file_id,
        "media_file_id",
        params.media_file_id,
        method,
      );
    }
    const employee = sim.world.employees.find((candidate) => candidate.id === params.employee.id);
    if (!employee) {
      throw rpcError("employee_not_found", {
        method,
        field: "employee.id",
        value: params.employee.id,
        params: { employee_id: params.employee.id },
      });
    }
    const wanted = params.employee.phone_number;
    const phone =
      wanted === undefined
        ? activePhone(employee)
        : employee.extension.extension_phone_number === wanted
          ? activePhone(employee)
          : employee.phone_numbers.find((p) => p.phone_number === wanted && p.status === "active")
              ?.phone_number;
    if (!phone) {
      throw rpcError("no_active_phone_number", {
        method,
        field: wanted === undefined ? "employee.id" : "employee.phone_number",
        value: wanted ?? params.employee.id,
      });
    }
    const session = newSession(sim, method, params, employee);
    connectTwoParty(sim.engine, {
      session,
      first: params.first_call === "employee" ? "operator" : "contact",
      contact: { callingNumber: params.virtual_phone_number, calledNumber: params.contact },
      operator: {
        callingNumber: params.show_virtual_phone_number
          ? params.virtual_phone_number
          : params.contact,
        calledNumber: phone,
        employeeId: employee.id,
        employeeName: employee.full_name,
      },
      contactMessageMs,
      operatorMessageMs: employeeMessageMs,
      switchAtOnce: params.switch_at_once,
    });
    return started(session);
  },

  "start.scenario_call": ({ sim, method, params }) => {
    checkCommon(sim, method, params);
    const contactMessageMs = checkMessage(
      sim.world,
      params.contact_message,
      "contact_message",
      method,
    );
    const employeeMessageMs = checkMessage(
      sim.world,
      params.employee_message,
      "employee_message",
      method,
    );
    const scenario = sim.world.scenarios.find((candidate) => candidate.id === params.scenario_id);
    if (!scenario) {
      throw rpcError("scenario_not_found", {
        method,
        field: "scenario_id",
        value: params.scenario_id,
        params: { scenario_id: params.scenario_id },
      });
    }
    const { employee, phone } = scenarioEmployee(sim, scenario);
    const session = newSession(sim, method, params, employee);
    connectTwoParty(sim.engine, {
      session,
      first: params.first_call === "employee" ? "operator" : "contact",
      contact: { callingNumber: params.virtual_phone_number, calledNumber: params.contact },
      operator: {
        callingNumber: params.virtual_phone_number,
        calledNumber: phone,
        employeeId: employee.id,
        employeeName: employee.full_name,
      },
      contactMessageMs,
      operatorMessageMs: employeeMessageMs,
      switchAtOnce: params.switch_at_once,
    });
    return started(session);
  },

  "start.vnumber_call": ({ sim, method, params }) => {
    checkCommon(sim, method, params);
    const contactMessageMs = checkMessage(
      sim.world,
      params.contact_message,
      "contact_message",
      method,
    );
    const scenario = sim.world.scenarios.find((candidate) =>
      candidate.virtual_phone_numbers.includes(params.virtual_phone_number),
    );
    if (!scenario) {
      throw rpcError("scenario_not_found", {
        method,
        field: "virtual_phone_number",
        value: params.virtual_phone_number,
      });
    }
    const { employee, phone } = scenarioEmployee(sim, scenario);
    const session = newSession(sim, method, params, employee);
    connectTwoParty(sim.engine, {
      session,
      first: params.first_call === "employee" ? "operator" : "contact",
      contact: { callingNumber: params.virtual_phone_number, calledNumber: params.contact },
      operator: {
        callingNumber:
          params.show_virtual_phone_number === false ? params.contact : params.virtual_phone_number,
        calledNumber: phone,
        employeeId: employee.id,
        employeeName: employee.full_name,
      },
      contactMessageMs,
      operatorMessageMs: 0,
      switchAtOnce: params.switch_at_once,
    });
    return started(session);
  },

  "start.informer_call": ({ sim, method, params }) => {
    checkCommon(sim, method, params);
    const messageMs = checkMessage(sim.world, params.contact_message, "contact_message", method);
    const session = newSession(sim, method, params);
    connectInformer(
      sim.engine,
      session,
      { callingNumber: params.virtual_phone_number, calledNumber: params.contact },
      messageMs,
      params.dialing_timeout * 1000,
    );
    return started(session);
  },

  "start.simple_call": ({ sim, method, params }) => {
    checkCommon(sim, method, params);
    const contactMessageMs = checkMessage(
      sim.world,
      params.contact_message,
      "contact_message",
      method,
    );
    const operatorMessageMs = checkMessage(
      sim.world,
      params.operator_message,
      "operator_message",
      method,
    );
    if (params.media_file_id !== undefined) {
      checkMediaFile(
        sim.world,
        params.media_file_id,
        "media_file_id",
        params.media_file_id,
        method,
      );
    }
    const session = newSession(sim, method, params);
    connectTwoParty(sim.engine, {
      session,
      first: params.first_call,
      contact: { callingNumber: params.virtual_phone_number, calledNumber: params.contact },
      // "Is not considered as employee": the operator leg carries no employee.
      operator: {
        callingNumber: params.show_virtual_phone_number
          ? params.virtual_phone_number
          : params.contact,
        calledNumber: params.operator,
      },
      contactMessageMs,
      operatorMessageMs,
      switchAtOnce: params.switch_at_once,
    });
    return started(session);
  },
};
