import type { UpstreamError } from "../upstream/upstream-error";

/*
 * How an upstream failure reads as HTTP, by mnemonic (then by code for mnemonics the catalog
 * does not know):
 *
 * | upstream                                                     | status | why                              |
 * | ------------------------------------------------------------ | ------ | -------------------------------- |
 * | -32602 params: required_parameter_missed, data_type_error,   | 400    | the user can fix the input       |
 * |   invalid_parameter_value, unexpected_parameters,            |        | (`field` marks it)               |
 * |   invalid_parameters_combination, tts_text_exceeded,         |        |                                  |
 * |   character_encoding_not_allowed,                            |        |                                  |
 * |   own_virtual_phone_number_not_allowed                       |        |                                  |
 * | directory ids: employee_, virtual_phone_number_, scenario_,  | 400    | a picked id is wrong             |
 * |   media_file_, tag_, coach_, talk_option_not_found,          |        |                                  |
 * |   no_active_phone_number                                     |        |                                  |
 * | call_session_not_found, leg_not_found                        | 404    | the call (or leg) is gone        |
 * | -32004 invalid_state; duplicate_tag, duplicate_contact,      | 409    | conflicts with the call's state  |
 * |   record_already_started, record_already_stopped             |        |                                  |
 * | -32002 contact_in_blacklist (either code), security rules    | 422    | understood, refused by a rule    |
 * | -32003 forbidden, -32008 component_disabled                  | 403    | not allowed for this account     |
 * | -32029 limit_exceeded                                        | 429    | wait `retryAfterSeconds`         |
 * | -32003 ip_not_whitelisted, -32009 account_inactive           | 503    | unusable until an admin acts     |
 * | -32001 token / login refused (after one re-login)            | 502    | Callboard's credentials, not the |
 * |                                                              |        | user's                           |
 * | internal_error, parse_error, invalid_request,                | 502    | CallGear's fault or our bug      |
 * |   method_not_found, -32099                                   |        |                                  |
 * | timeout                                                      | 504    |                                  |
 * | unreachable                                                  | 503    | retryAfterSeconds 5              |
 * | malformed reply                                              | 502    |                                  |
 * | HTTP error without JSON-RPC: 503 stays 503, others 502       |        |                                  |
 */
const statusByMnemonic: Record<string, number> = {
  required_parameter_missed: 400,
  data_type_error: 400,
  invalid_parameter_value: 400,
  unexpected_parameters: 400,
  invalid_parameters_combination: 400,
  tts_text_exceeded: 400,
  character_encoding_not_allowed: 400,
  own_virtual_phone_number_not_allowed: 400,
  employee_not_found: 400,
  virtual_phone_number_not_found: 400,
  scenario_not_found: 400,
  media_file_not_found: 400,
  tag_not_found: 400,
  coach_not_found: 400,
  talk_option_not_found: 400,
  no_active_phone_number: 400,
  call_session_not_found: 404,
  leg_not_found: 404,
  invalid_state: 409,
  duplicate_tag: 409,
  duplicate_contact: 409,
  record_already_started: 409,
  record_already_stopped: 409,
  contact_in_blacklist: 422,
  forbidden: 403,
  component_disabled: 403,
  limit_exceeded: 429,
  ip_not_whitelisted: 503,
  account_inactive: 503,
  access_token_expired: 502,
  access_token_blocked: 502,
  access_token_invalid: 502,
  auth_error: 502,
  internal_error: 502,
  parse_error: 502,
  invalid_request: 502,
  method_not_found: 502,
  batch_opreations_not_supported: 502,
  notifications_not_supported: 502,
};

const statusByCode: Record<number, number> = {
  [-32602]: 400,
  [-32007]: 400,
  [-32004]: 409,
  [-32002]: 422,
  [-32003]: 403,
  [-32008]: 403,
  [-32029]: 429,
  [-32009]: 503,
  [-32001]: 502,
};

export function statusFor(error: UpstreamError): number {
  switch (error.kind) {
    case "timeout":
      return 504;
    case "unreachable":
      return 503;
    case "malformed":
      return 502;
    case "http":
      return error.httpStatus === 503 ? 503 : 502;
    case "rpc":
      return (
        statusByMnemonic[error.mnemonic] ??
        (error.code === undefined ? undefined : statusByCode[error.code]) ??
        502
      );
  }
}

/** Seconds until the same request can succeed, where waiting is what helps. */
export function retryAfterFor(error: UpstreamError): number | undefined {
  if (error.kind === "unreachable") return 5;
  if (error.kind === "http" && error.httpStatus === 503) return 5;
  if (error.kind !== "rpc" || error.mnemonic !== "limit_exceeded") return undefined;
  const limits = error.metadata?.limits;
  const limitType = error.params?.limit_type;
  const reset = limitType === "day" ? limits?.day_reset : limits?.minute_reset;
  if (typeof reset === "number" && Number.isFinite(reset) && reset >= 0) return Math.ceil(reset);
  // No metadata: a minute limit frees up within a minute; a day one, try again in an hour.
  return limitType === "day" ? 3600 : 60;
}
