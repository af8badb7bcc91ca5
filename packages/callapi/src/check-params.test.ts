import { describe, expect, it } from "vitest";
import type { CallMethodName } from "./call-methods";
import { checkParams } from "./check-params";
import { exampleParams as example, referenceExamples } from "./reference-fixtures";

const token = "2fRN4g217ca0b4224a67988aff3e584f91964a692045415f36fa66146f5a3c1ae1f6093d";

// The required params of each method, copied from the reference's tables (not from the schemas).
const session = ["access_token", "call_session_id"];
const requiredByReference: Record<CallMethodName, string[]> = {
  "login.user": ["login", "password"],
  "logout.user": ["access_token"],
  "start.employee_call": [
    "access_token",
    "first_call",
    "virtual_phone_number",
    "contact",
    "employee",
  ],
  "start.scenario_call": [
    "access_token",
    "virtual_phone_number",
    "contact",
    "first_call",
    "scenario_id",
  ],
  "start.vnumber_call": ["access_token", "virtual_phone_number", "contact", "first_call"],
  "start.informer_call": ["access_token", "virtual_phone_number", "contact", "contact_message"],
  "start.simple_call": [
    "access_token",
    "first_call",
    "virtual_phone_number",
    "contact",
    "operator",
  ],
  "make.call": [...session, "to"],
  "transfer.talk": session,
  "restore.talk": session,
  "hold.call": [...session, "contact_message"],
  "unhold.call": session,
  "add.coach": session,
  "tag.call": [...session, "tag_id"],
  "record.call": [...session, "action"],
  "disconnect.leg": [...session, "leg_id"],
  "send.dtmf": [...session, "dtmf_string"],
  "block.contact": session,
  "list.calls": ["access_token"],
  "list.talk_options": ["access_token"],
  "call.talk_option": [...session, "button"],
  "release.call": session,
};

const exampleRequests = referenceExamples
  .filter((e) => e.kind === "request")
  .map((e) => {
    const json = e.json as { method: CallMethodName; params: Record<string, unknown> };
    return [json.method, json.params] as const;
  });

function refusal(method: CallMethodName, params: unknown) {
  const result = checkParams(method, params);
  if (result.ok) throw new Error(`${method} accepted ${JSON.stringify(params)}`);
  return result.error;
}

describe("a missing required field", () => {
  it.each(exampleRequests)(
    "%s: dropping each param is refused only if the reference requires it",
    (method, params) => {
      for (const key of Object.keys(params)) {
        const { [key]: _dropped, ...rest } = params;
        const result = checkParams(method, rest);
        if (requiredByReference[method].includes(key)) {
          expect(result, key).toEqual({
            ok: false,
            error: {
              code: -32602,
              mnemonic: "required_parameter_missed",
              field: key,
              message: "The required parameter has been missed",
            },
          });
        } else {
          expect(result.ok, key).toBe(true);
        }
      }
    },
  );

  it("names a nested field with a dot", () => {
    const params = example("start.employee_call");
    params.employee = { phone_number: "79260000001" };
    expect(refusal("start.employee_call", params)).toMatchObject({
      mnemonic: "required_parameter_missed",
      field: "employee.id",
    });
    const hold = example("hold.call");
    hold.contact_message = { type: "media" };
    expect(refusal("hold.call", hold)).toMatchObject({
      mnemonic: "required_parameter_missed",
      field: "contact_message.value",
    });
  });
});

describe("an unknown field", () => {
  it.each(exampleRequests)("%s refuses it with unexpected_parameters", (method, params) => {
    expect(refusal(method, { ...params, surprise: 1 })).toEqual({
      code: -32602,
      mnemonic: "unexpected_parameters",
      field: "surprise",
      value: 1,
      message: "Unexpected method parameter(s)",
    });
  });

  it("is refused inside a nested object too", () => {
    const params = example("start.employee_call");
    params.employee = { id: 25, extension: "101" };
    expect(refusal("start.employee_call", params)).toMatchObject({
      mnemonic: "unexpected_parameters",
      field: "employee.extension",
      value: "101",
    });
  });

  it("comes before any other refusal, as the service checks the shape first", () => {
    expect(
      refusal("hold.call", { access_token: token, call_session_id: "x", extra: true }),
    ).toMatchObject({
      mnemonic: "unexpected_parameters",
      field: "extra",
    });
  });
});

describe("a wrong value", () => {
  it.each([
    ["start.employee_call", "first_call", "operator"],
    ["start.simple_call", "first_call", "employee"],
    ["start.vnumber_call", "direction", "both"],
    ["record.call", "action", "pause"],
    ["list.calls", "direction", "inbound"],
    ["start.informer_call", "dialing_timeout", 121],
    ["start.informer_call", "virtual_phone_number", "+74993720692"],
    ["send.dtmf", "dtmf_string", "1a"],
    ["make.call", "to", "not a number"],
    ["start.simple_call", "operator_confirmation", "12"],
  ] as const)("%s refuses %s = %j as invalid_parameter_value", (method, field, value) => {
    expect(refusal(method, { ...example(method), [field]: value })).toEqual({
      code: -32602,
      mnemonic: "invalid_parameter_value",
      field,
      value,
      message: "Invalid parameter value",
    });
  });

  it("names the nested field of a message's wrong type", () => {
    const params = example("hold.call");
    params.contact_message = { type: "video", value: "2034" };
    expect(refusal("hold.call", params)).toMatchObject({
      mnemonic: "invalid_parameter_value",
      field: "contact_message.type",
      value: "video",
    });
  });
});

describe("a wrong type", () => {
  it.each([
    ["hold.call", "call_session_id", "23465781"],
    ["start.employee_call", "switch_at_once", "true"],
    ["start.informer_call", "contact", 79260000000],
    ["tag.call", "tag_id", 3.5],
    ["start.employee_call", "employee", "25"],
    ["start.employee_call", "first_call", 1],
    ["start.simple_call", "operator_confirmation", 1],
    ["record.call", "action", true],
  ] as const)("%s refuses %s = %j as data_type_error", (method, field, value) => {
    expect(refusal(method, { ...example(method), [field]: value })).toMatchObject({
      mnemonic: "data_type_error",
      field,
      value,
      message: "Data supplied is of wrong type",
    });
  });

  it("refuses params that are not an object", () => {
    expect(refusal("list.calls", [token])).toMatchObject({
      mnemonic: "data_type_error",
      field: "params",
    });
    expect(refusal("list.calls", "x")).toMatchObject({
      mnemonic: "data_type_error",
      field: "params",
    });
  });

  it("never echoes a token or a password back", () => {
    const tokenError = refusal("list.calls", { access_token: 12345 });
    expect(tokenError).toMatchObject({ mnemonic: "data_type_error", field: "access_token" });
    expect(tokenError).not.toHaveProperty("value");
    const passwordError = refusal("login.user", { login: "me", password: ["secret"] });
    expect(passwordError).toMatchObject({ mnemonic: "data_type_error", field: "password" });
    expect(JSON.stringify(passwordError)).not.toContain("secret");
  });
});
