import { describe, expect, it } from "vitest";
import type { CallMethodName } from "./call-methods";
import { checkActionParams, checkParams } from "./check-params";
import { referenceExamples } from "./reference-fixtures";

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

function example(method: CallMethodName): Record<string, unknown> {
  const found = exampleRequests.find(([name]) => name === method);
  if (!found) throw new Error(method);
  return structuredClone(found[1]) as Record<string, unknown>;
}

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

describe("cross-field rule: early_switching", () => {
  const cases = [
    ["start.employee_call", "employee", true, true],
    ["start.employee_call", "employee", false, false],
    ["start.employee_call", "contact", true, false],
    ["start.simple_call", "operator", true, true],
    ["start.simple_call", "operator", false, false],
    ["start.simple_call", "contact", true, false],
  ] as const;

  it.each(cases)(
    "%s first_call=%s switch_at_once=%s: allowed=%s",
    (method, firstCall, switchAtOnce, allowed) => {
      const params = {
        ...example(method),
        first_call: firstCall,
        switch_at_once: switchAtOnce,
        early_switching: true,
      };
      const result = checkParams(method, params);
      if (allowed) {
        expect(result.ok).toBe(true);
      } else {
        expect(result).toEqual({
          ok: false,
          error: {
            code: -32602,
            mnemonic: "invalid_parameters_combination",
            field: "early_switching",
            value: true,
            message: "The combination of parameters is not permitted",
          },
        });
      }
    },
  );

  it("is refused when switch_at_once is left to its default (false)", () => {
    const { switch_at_once: _default, ...params } = example("start.employee_call");
    expect(refusal("start.employee_call", { ...params, early_switching: true }).mnemonic).toBe(
      "invalid_parameters_combination",
    );
  });

  it("holds for the params without a token too", () => {
    const { access_token: _token, ...params } = example("start.simple_call");
    const result = checkActionParams("start.simple_call", {
      ...params,
      first_call: "contact",
      early_switching: true,
    });
    expect(result.ok ? undefined : result.error.mnemonic).toBe("invalid_parameters_combination");
  });
});

describe("what an accepted call carries", () => {
  it("applies the reference's defaults", () => {
    const result = checkParams("start.informer_call", {
      access_token: token,
      virtual_phone_number: "74993720692",
      contact: "79260000000",
      contact_message: { type: "tts", value: "Test message" },
    });
    expect(result.ok && result.params).toMatchObject({ dialing_timeout: 30, direction: "in" });
    const simple = checkParams("start.simple_call", {
      access_token: token,
      first_call: "operator",
      virtual_phone_number: "74993720692",
      contact: "79260000000",
      operator: "79262444491",
    });
    expect(simple.ok && simple.params).toMatchObject({
      switch_at_once: false,
      early_switching: false,
      show_virtual_phone_number: true,
      direction: "in",
    });
  });

  it("warns that switch_at_once does not work with a TTS contact message (and accepts it)", () => {
    const result = checkParams("start.employee_call", example("start.employee_call"));
    expect(result.ok && result.warnings).toEqual([
      "switch_at_once=true does not work when contact_message is tts",
    ]);
    const media = example("start.employee_call");
    media.contact_message = { type: "media", value: "237" };
    const quiet = checkParams("start.employee_call", media);
    expect(quiet.ok && quiet.warnings).toEqual([]);
  });

  it("checkActionParams takes params without the token and refuses one", () => {
    expect(
      checkActionParams("hold.call", {
        call_session_id: 1,
        contact_message: { type: "tts", value: "Hold on" },
      }).ok,
    ).toBe(true);
    const withToken = checkActionParams("list.calls", { access_token: token });
    expect(withToken.ok ? undefined : withToken.error).toEqual({
      code: -32602,
      mnemonic: "unexpected_parameters",
      field: "access_token",
      message: "Unexpected method parameter(s)",
    });
  });
});

describe("Data API directory params", () => {
  it("take paging up to 10000 items, with defaults", () => {
    const result = checkParams("get.tags", { access_token: token });
    expect(result.ok && result.params).toEqual({ access_token: token, limit: 1000, offset: 0 });
    expect(checkParams("get.employees", { access_token: token, limit: 10000, offset: 20 }).ok).toBe(
      true,
    );
    expect(
      refusal("get.tags" as CallMethodName, { access_token: token, limit: 10001 }),
    ).toMatchObject({
      mnemonic: "invalid_parameter_value",
      field: "limit",
    });
    expect(
      refusal("get.media_files" as CallMethodName, { access_token: token, offset: -1 }),
    ).toMatchObject({
      mnemonic: "invalid_parameter_value",
      field: "offset",
    });
  });

  it("take a filter, a sort and fields", () => {
    const result = checkParams("get.virtual_numbers", {
      access_token: token,
      filter: {
        condition: "and",
        filters: [
          { field: "status", operator: "=", value: "active" },
          { field: "name", operator: "like", value: "Sales%" },
        ],
      },
      sort: [{ field: "name", order: "asc" }],
      fields: ["id", "virtual_phone_number", "name"],
    });
    expect(result.ok).toBe(true);
    expect(
      refusal("get.scenarios" as CallMethodName, {
        access_token: token,
        sort: [{ field: "name", order: "up" }],
      }).mnemonic,
    ).toBe("invalid_parameter_value");
  });

  it("refuse an unknown param and a missing token", () => {
    expect(refusal("get.tags" as CallMethodName, { access_token: token, page: 2 }).mnemonic).toBe(
      "unexpected_parameters",
    );
    expect(refusal("get.tags" as CallMethodName, {})).toMatchObject({
      mnemonic: "required_parameter_missed",
      field: "access_token",
    });
  });
});
