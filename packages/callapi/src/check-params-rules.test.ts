import { describe, expect, it } from "vitest";
import type { CallMethodName } from "./call-methods";
import { checkActionParams, checkParams } from "./check-params";
import type { DataMethodName } from "./data-methods";
import { exampleParams as example } from "./reference-fixtures";

const token = "2fRN4g217ca0b4224a67988aff3e584f91964a692045415f36fa66146f5a3c1ae1f6093d";

function refusal(method: CallMethodName | DataMethodName, params: unknown) {
  const result = checkParams(method, params);
  if (result.ok) throw new Error(`${method} accepted ${JSON.stringify(params)}`);
  return result.error;
}

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
    expect(refusal("get.tags", { access_token: token, limit: 10001 })).toMatchObject({
      mnemonic: "invalid_parameter_value",
      field: "limit",
    });
    expect(refusal("get.media_files", { access_token: token, offset: -1 })).toMatchObject({
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
      refusal("get.scenarios", {
        access_token: token,
        sort: [{ field: "name", order: "up" }],
      }).mnemonic,
    ).toBe("invalid_parameter_value");
  });

  it("refuse an unknown param and a missing token", () => {
    expect(refusal("get.tags", { access_token: token, page: 2 }).mnemonic).toBe(
      "unexpected_parameters",
    );
    expect(refusal("get.tags", {})).toMatchObject({
      mnemonic: "required_parameter_missed",
      field: "access_token",
    });
  });
});
