/**
 * English messages, from the reference's templates, reworded where the original reads poorly
 * for an operator. `{placeholders}` are the upstream error's `params`.
 */
export const messagesEn: Record<string, string> = {
  // Upstream errors common to all methods.
  parse_error: "CallGear could not read the request Callboard sent.",
  invalid_request: "CallGear refused the request as malformed.",
  method_not_found: "This function is not available in CallGear.",
  access_token_expired: "Callboard's CallGear access key has expired.",
  access_token_blocked: "Callboard's CallGear access key has been blocked.",
  access_token_invalid: "CallGear did not accept Callboard's access key.",
  auth_error: "CallGear rejected Callboard's login or password.",
  limit_exceeded:
    "The Call API limit per {limit_type} has been used up (the limit is {limit_max_value} points).",
  component_disabled: "The CallGear component {component_name} is disabled.",
  ip_not_whitelisted: "CallGear does not accept requests from this server's IP address {ip}.",
  forbidden: "CallGear denied permission for this action.",
  account_inactive: "The CallGear account is disabled.",
  call_session_not_found: "The call was not found; it may have ended.",
  // Shared with the BFF's own 500; an upstream one reads `callgear_internal_error` instead.
  internal_error: "Something went wrong.",
  callgear_internal_error: "CallGear had an internal error.",
  data_type_error: "A value has the wrong type.",
  required_parameter_missed: "A required value is missing.",
  invalid_parameter_value: "A value is not valid.",
  unexpected_parameters: "The request has a value CallGear does not expect.",
  batch_opreations_not_supported: "CallGear does not support batch requests.",
  notifications_not_supported: "CallGear does not support requests without an id.",

  // Upstream errors of particular methods.
  invalid_parameters_combination: "These options cannot be combined.",
  tts_text_exceeded:
    "The message is too long for text-to-speech: {sent_tts_message_length} characters, at most {tts_message_max_length}.",
  media_file_not_found: "The media file {media_file_id} was not found.",
  virtual_phone_number_not_found:
    "The virtual number {virtual_phone_number} was not found; it does not belong to this account.",
  employee_not_found: "The employee {employee_id} was not found in this account.",
  no_active_phone_number: "The phone number does not exist or is inactive.",
  own_virtual_phone_number_not_allowed: "You cannot call one of the account's own virtual numbers.",
  contact_in_blacklist: "The number {contact} is on the blacklist.",
  character_encoding_not_allowed: "The text must be in UTF-8.",
  scenario_not_found: "The scenario {scenario_id} was not found.",
  invalid_state: "This action is not possible in the call's current state.",
  tag_not_found: "The tag {tag_id} was not found.",
  duplicate_tag: "The call already has this tag.",
  leg_not_found: "This participant is no longer in the call.",
  coach_not_found: "No coach is configured with this number.",
  record_already_started: "The call is already being recorded.",
  record_already_stopped: "The call is not being recorded.",
  duplicate_contact: "The number {contact_phone_number} is already on the blacklist.",
  talk_option_not_found: "This talk option was not found.",

  // Callboard's own errors.
  validation_failed: "Some values are not valid.",
  bad_request: "The request could not be read.",
  unauthenticated: "Please sign in.",
  invalid_credentials: "Wrong username or password.",
  invalid_current_password: "The current password is wrong.",
  user_disabled: "This user account is disabled.",
  forbidden_role: "Your role does not allow this.",
  csrf_failed: "The request could not be verified.",
  not_found: "Not found.",
  too_many_login_attempts: "Too many sign-in attempts.",
  too_many_streams: "Too many live boards are open for this user or address; close one.",
  idempotency_key_reused: "This request was already sent with different content.",
  payload_too_large: "The request is too large.",
  unsupported_media_type: "The request must be sent as JSON.",
  user_exists: "A user with this name already exists.",
  webhook_unauthorized: "The webhook secret is wrong.",
  webhook_secret_missing:
    "Notifications are off: set CALLBOARD_WEBHOOK_SECRET (16+ characters) and restart Callboard.",
  missed_call_claimed: "Another operator has claimed this missed call.",
  missed_call_closed: "This missed call is already closed.",
  missed_call_busy: "A call-back of this missed call is under way.",
  no_linked_employee:
    "Your user is not linked to a CallGear employee, so Callboard cannot call from your phone.",
  wrap_up_closed: "The time to add a note to this call has passed.",
  upstream_timeout: "CallGear did not answer in time.",
  upstream_unreachable: "CallGear cannot be reached.",
  upstream_malformed_reply: "CallGear sent a reply Callboard could not read.",
  upstream_http_error: "CallGear's server answered with an error.",
  upstream_credentials_rejected: "CallGear rejected Callboard's credentials.",
  unknown_error: "CallGear refused the request ({mnemonic}).",
};

/** Shorter forms for when the error came without the params its full message needs. */
export const fallbacksEn: Record<string, string> = {
  limit_exceeded: "The Call API limit has been used up.",
  component_disabled: "A CallGear component needed for this is disabled.",
  ip_not_whitelisted: "CallGear does not accept requests from this server's IP address.",
  tts_text_exceeded: "The message is too long for text-to-speech.",
  media_file_not_found: "The media file was not found.",
  virtual_phone_number_not_found: "The virtual number does not belong to this account.",
  employee_not_found: "The employee was not found in this account.",
  contact_in_blacklist: "The number is on the blacklist.",
  scenario_not_found: "The scenario was not found.",
  tag_not_found: "The tag was not found.",
  duplicate_contact: "The number is already on the blacklist.",
  unknown_error: "CallGear refused the request.",
};

/** Values of `params.limit_type`, as they read in a sentence. */
export const limitTypesEn: Record<string, string> = { minute: "minute", day: "day" };
