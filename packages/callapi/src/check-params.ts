import type { z } from "zod";
import { actionParams, type CallMethodName, isCallMethodName, methods } from "./call-methods";
import { type DataMethodName, dataActionParams, dataMethods } from "./data-methods";
import { errorCatalog } from "./errors";
import { switchAtOnceIgnored } from "./methods/rules";

/** The mnemonics the service answers (all -32602) when it refuses a method's params. */
export type ParamsErrorMnemonic =
  | "required_parameter_missed"
  | "data_type_error"
  | "invalid_parameter_value"
  | "unexpected_parameters"
  | "invalid_parameters_combination";

export interface ParamsError {
  code: -32602;
  mnemonic: ParamsErrorMnemonic;
  /** The param at fault, nested ones with dots: "employee.id", "contact_message.type". */
  field?: string;
  /** The value sent; absent for a missing field, and never given for a secret. */
  value?: unknown;
  message: string;
}

export type CheckParamsResult<P> =
  | { ok: true; params: P; warnings: string[] }
  | { ok: false; error: ParamsError };

type AnyMethodName = CallMethodName | DataMethodName;
type ParamsSchemas = { [M in CallMethodName]: (typeof methods)[M]["params"] } & {
  [M in DataMethodName]: (typeof dataMethods)[M]["params"];
};
type ActionSchemas = typeof actionParams & typeof dataActionParams;

// The service checks the shape of params before their values, and combinations last.
const precedence: ParamsErrorMnemonic[] = [
  "unexpected_parameters",
  "required_parameter_missed",
  "data_type_error",
  "invalid_parameter_value",
  "invalid_parameters_combination",
];

// Never echo these back: an error may end up in a log line or in the browser.
const secretFields = new Set(["access_token", "password"]);

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) {
      return { found: false };
    }
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

// An enum of strings given a number is a wrong type, not a wrong value.
function isWrongType(issue: Issue, value: unknown): boolean {
  if (issue.code === "invalid_type") return true;
  if (issue.code === "invalid_value") {
    return !issue.values.some((allowed) => typeof allowed === typeof value);
  }
  return false;
}

function classify(
  issue: Issue,
  params: unknown,
): { mnemonic: ParamsErrorMnemonic; path: PropertyKey[] } {
  const path = [...issue.path];
  if (issue.code === "unrecognized_keys") {
    return { mnemonic: "unexpected_parameters", path: [...path, issue.keys[0] ?? ""] };
  }
  if (issue.code === "custom") {
    const mnemonic = issue.params?.mnemonic;
    return {
      mnemonic:
        mnemonic === "invalid_parameters_combination" ? mnemonic : "invalid_parameter_value",
      path,
    };
  }
  const sent = valueAt(params, path);
  // zod reports a missing enum as a bad value and a missing string as a bad type.
  if (!sent.found || sent.value === undefined)
    return { mnemonic: "required_parameter_missed", path };
  switch (issue.code) {
    case "invalid_type":
      return { mnemonic: "data_type_error", path };
    case "invalid_value":
      return {
        mnemonic: isWrongType(issue, sent.value) ? "data_type_error" : "invalid_parameter_value",
        path,
      };
    case "invalid_union": {
      // E.g. `contact` is E.164 or SIP: a string that is neither is a bad value, a number a bad type.
      const wrongTypeEverywhere = issue.errors.every((branch) =>
        branch.some((inner) => inner.path.length === 0 && isWrongType(inner, sent.value)),
      );
      return {
        mnemonic: wrongTypeEverywhere ? "data_type_error" : "invalid_parameter_value",
        path,
      };
    }
    default:
      return { mnemonic: "invalid_parameter_value", path };
  }
}

function toParamsError(issues: readonly Issue[], params: unknown): ParamsError {
  const classified = issues.map((issue) => classify(issue, params));
  classified.sort((a, b) => precedence.indexOf(a.mnemonic) - precedence.indexOf(b.mnemonic));
  const { mnemonic, path } = classified[0] ?? { mnemonic: "invalid_parameter_value", path: [] };
  const field = path.map(String).join(".");
  const error: ParamsError = { code: -32602, mnemonic, message: errorCatalog[mnemonic].template };
  if (field) error.field = field;
  const sent = valueAt(params, path);
  const secret = path.some((key) => secretFields.has(String(key)));
  if (sent.found && !secret && mnemonic !== "required_parameter_missed") error.value = sent.value;
  return error;
}

function warningsFor(method: AnyMethodName, params: object): string[] {
  const warnings: string[] = [];
  if (isCallMethodName(method) && switchAtOnceIgnored(params)) {
    warnings.push("switch_at_once=true does not work when contact_message is tts");
  }
  return warnings;
}

function check(
  method: AnyMethodName,
  schema: z.ZodType,
  params: unknown,
): CheckParamsResult<unknown> {
  // JSON-RPC params are an object; a request without them is read as empty params.
  const input = params === undefined ? {} : params;
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      ok: false,
      error: {
        code: -32602,
        mnemonic: "data_type_error",
        field: "params",
        message: errorCatalog.data_type_error.template,
      },
    };
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: toParamsError(parsed.error.issues, input) };
  return { ok: true, params: parsed.data, warnings: warningsFor(method, parsed.data as object) };
}

/**
 * Checks a method's params as the service does (with `access_token`, except login.user) and
 * answers the first refusal the service would give, or the parsed params with defaults applied.
 */
export function checkParams<M extends AnyMethodName>(
  method: M,
  params: unknown,
): CheckParamsResult<z.output<ParamsSchemas[M]>> {
  const schema = isCallMethodName(method)
    ? methods[method].params
    : dataMethods[method as DataMethodName].params;
  return check(method, schema, params) as CheckParamsResult<z.output<ParamsSchemas[M]>>;
}

/** The same check on params without `access_token` (what the BFF receives from the SPA). */
export function checkActionParams<M extends AnyMethodName>(
  method: M,
  params: unknown,
): CheckParamsResult<z.output<ActionSchemas[M]>> {
  const schema = isCallMethodName(method)
    ? actionParams[method]
    : dataActionParams[method as DataMethodName];
  return check(method, schema, params) as CheckParamsResult<z.output<ActionSchemas[M]>>;
}
