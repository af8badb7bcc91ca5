import { employeePhoneFor } from "../calls/call-engine";
import { connectInformer } from "../calls/call-setup";
import { rpcError } from "../rpc/error-factory";
import { checkMessage } from "./message-checks";
import type { CallHandlers } from "./method-context";
import { checkCommon, newSession, scenarioEmployee, started } from "./start-common";
import { startTwoParty } from "./two-party-start";

/** first_call as the call set-up names the parties: the employee rings the operator leg. */
const firstOf = (firstCall: "contact" | "employee") =>
  firstCall === "employee" ? "operator" : "contact";

export const startHandlers: Pick<
  CallHandlers,
  | "start.employee_call"
  | "start.scenario_call"
  | "start.vnumber_call"
  | "start.informer_call"
  | "start.simple_call"
> = {
  "start.employee_call": ({ sim, method, params }) =>
    startTwoParty(sim, method, params, {
      first: firstOf(params.first_call),
      operatorMessage: { message: params.employee_message, field: "employee_message" },
      resolveOperator: () => {
        const employee = sim.world.employees.find(
          (candidate) => candidate.id === params.employee.id,
        );
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
        return {
          employee,
          calledNumber: phone,
          callingNumber: params.show_virtual_phone_number
            ? params.virtual_phone_number
            : params.contact,
        };
      },
    }),

  "start.scenario_call": ({ sim, method, params }) =>
    startTwoParty(sim, method, params, {
      first: firstOf(params.first_call),
      operatorMessage: { message: params.employee_message, field: "employee_message" },
      resolveOperator: () => {
        const scenario = sim.world.scenarios.find(
          (candidate) => candidate.id === params.scenario_id,
        );
        if (!scenario) {
          throw rpcError("scenario_not_found", {
            method,
            field: "scenario_id",
            value: params.scenario_id,
            params: { scenario_id: params.scenario_id },
          });
        }
        const { employee, phone } = scenarioEmployee(sim, scenario);
        return {
          employee,
          calledNumber: phone,
          callingNumber: params.virtual_phone_number,
          scenarioName: scenario.name,
        };
      },
    }),

  "start.vnumber_call": ({ sim, method, params }) =>
    startTwoParty(sim, method, params, {
      first: firstOf(params.first_call),
      resolveOperator: () => {
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
        return {
          employee,
          scenarioName: scenario.name,
          calledNumber: phone,
          callingNumber:
            params.show_virtual_phone_number === false
              ? params.contact
              : params.virtual_phone_number,
        };
      },
    }),

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

  "start.simple_call": ({ sim, method, params }) =>
    startTwoParty(sim, method, params, {
      first: params.first_call,
      operatorMessage: { message: params.operator_message, field: "operator_message" },
      // "Is not considered as employee": the operator leg carries no employee.
      resolveOperator: () => ({
        calledNumber: params.operator,
        callingNumber: params.show_virtual_phone_number
          ? params.virtual_phone_number
          : params.contact,
      }),
    }),
};
