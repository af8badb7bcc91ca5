import { apiErrorSchema } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { UpstreamError } from "../upstream/upstream-error";
import { AppError } from "./app-error";
import { statusFor } from "./status-map";
import { toApiError } from "./to-api-error";

const rpc = (mnemonic: string, code: number, extra: Partial<UpstreamError> = {}) =>
  new UpstreamError({ kind: "rpc", method: "hold.call", mnemonic, code, ...extra });

describe("statusFor", () => {
  it.each([
    ["required_parameter_missed", -32602, 400],
    ["invalid_parameters_combination", -32602, 400],
    ["tts_text_exceeded", -32602, 400],
    ["employee_not_found", -32602, 400],
    ["virtual_phone_number_not_found", -32007, 400],
    ["tag_not_found", -32602, 400],
    ["call_session_not_found", -32602, 404],
    ["leg_not_found", -32602, 404],
    ["invalid_state", -32004, 409],
    ["record_already_started", -32602, 409],
    ["contact_in_blacklist", -32002, 422],
    ["contact_in_blacklist", -32602, 422],
    ["forbidden", -32003, 403],
    ["component_disabled", -32008, 403],
    ["limit_exceeded", -32029, 429],
    ["ip_not_whitelisted", -32003, 503],
    ["account_inactive", -32009, 503],
    ["access_token_invalid", -32001, 502],
    ["auth_error", -32001, 502],
    ["internal_error", -32603, 502],
    ["parse_error", -32700, 502],
    ["method_not_found", -32601, 502],
    ["batch_opreations_not_supported", -32099, 502],
    ["some_future_params_error", -32602, 400],
    ["some_future_state_error", -32004, 409],
    ["some_future_error", -32123, 502],
  ])("%s (%i) -> %i", (mnemonic, code, status) => {
    expect(statusFor(rpc(mnemonic, code))).toBe(status);
  });

  it("maps failures of the hop", () => {
    expect(statusFor(new UpstreamError({ kind: "timeout", method: "hold.call" }))).toBe(504);
    expect(statusFor(new UpstreamError({ kind: "unreachable", method: "hold.call" }))).toBe(503);
    expect(statusFor(new UpstreamError({ kind: "malformed", method: "hold.call" }))).toBe(502);
    expect(
      statusFor(new UpstreamError({ kind: "http", method: "hold.call", httpStatus: 500 })),
    ).toBe(502);
    expect(
      statusFor(new UpstreamError({ kind: "http", method: "hold.call", httpStatus: 503 })),
    ).toBe(503);
  });
});

describe("toApiError", () => {
  it("turns invalid_state into a 409 with a hint fit to the action", () => {
    const error = new UpstreamError({
      kind: "rpc",
      method: "make.call",
      mnemonic: "invalid_state",
      code: -32004,
    });
    const body = toApiError(error, "en", { method: "make.call" });
    expect(body).toMatchObject({
      status: 409,
      mnemonic: "invalid_state",
      code: -32004,
      message: "This action is not possible in the call's current state.",
      hint: "Put the call on hold first.",
    });
    expect(apiErrorSchema.safeParse(body).success).toBe(true);
  });

  it("gives a 429 the seconds until its limit resets, per limit type", () => {
    const limits = { minute_reset: 17, day_reset: 31492, minute_remaining: 0 };
    const minute = toApiError(
      rpc("limit_exceeded", -32029, {
        params: { limit_type: "minute", limit_max_value: 150 },
        metadata: { limits },
      }),
      "en",
    );
    expect(minute).toMatchObject({ status: 429, retryAfterSeconds: 17 });
    expect(minute.message).toBe(
      "The Call API limit per minute has been used up (the limit is 150 points).",
    );
    const day = toApiError(
      rpc("limit_exceeded", -32029, {
        params: { limit_type: "day", limit_max_value: 750 },
        metadata: { limits },
      }),
      "ru",
    );
    expect(day).toMatchObject({ status: 429, retryAfterSeconds: 31492 });
    expect(day.message).toBe("Лимит Call API за сутки исчерпан (лимит: 750 баллов).");
  });

  it("still gives a 429 a retryAfterSeconds without metadata", () => {
    const body = toApiError(
      rpc("limit_exceeded", -32029, { params: { limit_type: "minute" } }),
      "en",
    );
    expect(body.retryAfterSeconds).toBe(60);
  });

  it("marks the field CallGear named, or the one the id came in", () => {
    const named = toApiError(
      rpc("invalid_parameter_value", -32602, { field: "contact_message.value", value: "x" }),
      "en",
    );
    expect(named).toMatchObject({ status: 400, field: "contact_message.value" });
    const byDefault = toApiError(rpc("tag_not_found", -32602, { params: { tag_id: 36 } }), "ru");
    expect(byDefault).toMatchObject({ status: 400, field: "tag_id", message: "Тег 36 не найден." });
  });

  it("tells who can fix a refused whitelist, keeping the IP for the admin", () => {
    const body = toApiError(
      rpc("ip_not_whitelisted", -32003, { params: { ip: "203.0.113.7" } }),
      "en",
    );
    expect(body.status).toBe(503);
    expect(body.message).toContain("203.0.113.7");
    expect(body.hint).toMatch(/Ask your admin to whitelist this server's IP address in CallGear/);
  });

  it("blames Callboard's credentials, not the user, for -32001", () => {
    const body = toApiError(rpc("access_token_invalid", -32001, { field: "access_token" }), "en");
    expect(body).toMatchObject({ status: 502, mnemonic: "access_token_invalid" });
    expect(body.hint).toBe(
      "Callboard's CallGear credentials were rejected; ask your admin to check them.",
    );
    expect(body.field).toBeUndefined();
  });

  it("says CallGear's internal error is CallGear's", () => {
    const body = toApiError(rpc("internal_error", -32603), "en");
    expect(body).toMatchObject({ status: 502, message: "CallGear had an internal error." });
  });

  it("maps a timeout to 504 and says whether the action may have happened", () => {
    const body = toApiError(
      new UpstreamError({ kind: "timeout", method: "start.simple_call", maybeApplied: true }),
      "en",
    );
    expect(body).toMatchObject({
      status: 504,
      mnemonic: "upstream_timeout",
      params: { maybeApplied: true },
    });
    expect(body.hint).toMatch(/check the board before dialling again/);
  });

  it("asks to retry an unreachable upstream in 5 seconds", () => {
    const body = toApiError(new UpstreamError({ kind: "unreachable", method: "list.calls" }), "ru");
    expect(body).toMatchObject({
      status: 503,
      mnemonic: "upstream_unreachable",
      retryAfterSeconds: 5,
    });
    expect(body.message).toBe("CallGear недоступен.");
  });

  it("shows an unknown mnemonic's own upstream text when it is plain", () => {
    const body = toApiError(
      rpc("quota_of_something", -32602, { upstreamMessage: "Something is over quota" }),
      "en",
    );
    expect(body).toMatchObject({ status: 400, message: "Something is over quota" });
    const unsafe = toApiError(
      rpc("quota_of_something", -32602, { upstreamMessage: "<script>x</script>" }),
      "en",
    );
    expect(unsafe.message).toBe("CallGear refused the request (quota_of_something).");
  });

  it("turns an AppError into its own body", () => {
    const body = toApiError(new AppError(403, "forbidden_role"), "ru", { requestId: "r-1" });
    expect(body).toEqual({
      status: 403,
      mnemonic: "forbidden_role",
      message: "Ваша роль не позволяет это сделать.",
      hint: "Попросите администратора о роли, которая это позволяет.",
      requestId: "r-1",
    });
  });

  it("turns a zod error into 400 validation_failed with every field", () => {
    const schema = z.strictObject({
      phone: z.string().regex(/^\d+$/),
      message: z.object({ value: z.string().min(1) }),
    });
    const parsed = schema.safeParse({ phone: "abc", message: { value: "" } });
    expect(parsed.success).toBe(false);
    const body = toApiError(parsed.error, "en");
    expect(body).toMatchObject({ status: 400, mnemonic: "validation_failed", field: "phone" });
    expect(body.issues).toEqual([
      { field: "phone", message: "Wrong format." },
      { field: "message.value", message: "Required." },
    ]);
    expect(toApiError(parsed.error, "ru").issues?.[0]?.message).toBe("Неверный формат.");
  });

  it("names an unknown field so the form can mark it", () => {
    const parsed = z.strictObject({ to: z.string() }).safeParse({ to: "79", tagId: 3 });
    expect(parsed.success).toBe(false);
    expect(toApiError(parsed.error, "en")).toMatchObject({ status: 400, field: "tagId" });
  });

  it("turns a body that is not JSON into a 400", () => {
    const error = Object.assign(new SyntaxError("Unexpected token } in JSON"), {
      status: 400,
      type: "entity.parse.failed",
    });
    expect(toApiError(error, "en")).toMatchObject({ status: 400, mnemonic: "validation_failed" });
  });

  it("turns a body too large into a 413", () => {
    const error = Object.assign(new Error("request entity too large"), {
      status: 413,
      type: "entity.too.large",
    });
    expect(toApiError(error, "en")).toMatchObject({ status: 413, mnemonic: "payload_too_large" });
  });

  it("hides anything else behind a bare 500", () => {
    const body = toApiError(new TypeError("cannot read x of undefined at /srv/secret.ts"), "en", {
      requestId: "r-2",
    });
    expect(body).toEqual({
      status: 500,
      mnemonic: "internal_error",
      message: "Something went wrong.",
      requestId: "r-2",
    });
  });
});
