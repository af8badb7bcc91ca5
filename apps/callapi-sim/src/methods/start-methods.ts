import { employeePhoneFor } from "../calls/call-engine";
import { connectInformer, connectTwoParty } from "../calls/call-setup";
import { rpcError } from "../rpc/error-factory";
import { checkMediaFile, checkMessage } from "./message-checks";
import type { CallHandlers } from "./method-context";
import { checkCommon, newSession, scenarioEmployee, started } from "./start-common";

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
    const phone = employeePhoneFor(employee, wanted);
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
