import { describe, expect, it } from "vitest";
import { buildStartCallBody, emptyDraft, switchKind } from "./start-call-draft";
import { fieldOfPath, validateStartCall } from "./validate-start-call";

const filled = (kind: Parameters<typeof emptyDraft>[0]) => ({
  ...emptyDraft(kind),
  virtual_phone_number: "74993720692",
  contact: "79091234567",
});

describe("buildStartCallBody", () => {
  it("sends only the params of the chosen kind, empty inputs left out", () => {
    const draft = {
      ...filled("simple"),
      operator: "79990001122",
      employee_id: "5",
      scenario_id: "3",
    };
    const body = buildStartCallBody("simple", draft);
    expect(body).toEqual({
      virtual_phone_number: "74993720692",
      contact: "79091234567",
      direction: "in",
      first_call: "operator",
      operator: "79990001122",
      switch_at_once: false,
      early_switching: false,
      show_virtual_phone_number: true,
    });
  });

  it("nests the employee and turns ids into numbers", () => {
    const draft = { ...filled("employee"), employee_id: "12", media_file_id: "7" };
    const body = buildStartCallBody("employee", draft);
    expect(body.employee).toEqual({ id: 12 });
    expect(body.media_file_id).toBe(7);
  });

  it("keeps a chosen message type with an empty value so it is reported, not dropped", () => {
    const draft = { ...filled("informer"), contact_message: { type: "tts" as const, value: " " } };
    expect(buildStartCallBody("informer", draft).contact_message).toEqual({
      type: "tts",
      value: "",
    });
  });
});

describe("validateStartCall", () => {
  it("accepts a complete call of each kind", () => {
    expect(validateStartCall("simple", { ...filled("simple"), operator: "79990001122" }).ok).toBe(
      true,
    );
    expect(validateStartCall("employee", { ...filled("employee"), employee_id: "3" }).ok).toBe(
      true,
    );
    expect(validateStartCall("vnumber", filled("vnumber")).ok).toBe(true);
    expect(validateStartCall("scenario", { ...filled("scenario"), scenario_id: "2" }).ok).toBe(
      true,
    );
    const informer = {
      ...filled("informer"),
      contact_message: { type: "media" as const, value: "4" },
    };
    expect(validateStartCall("informer", informer).ok).toBe(true);
  });

  it("names every missing required input", () => {
    const result = validateStartCall("employee", emptyDraft("employee"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.contact?.reason).toBe("required");
    expect(result.errors.virtual_phone_number?.reason).toBe("required");
    expect(result.errors["employee.id"]?.reason).toBe("required");
  });

  it("marks a malformed number as invalid on its own field", () => {
    const result = validateStartCall("vnumber", { ...filled("vnumber"), contact: "12-ab" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.contact?.reason).toBe("invalid");
  });

  it("applies the early_switching rule across fields", () => {
    const draft = {
      ...filled("simple"),
      operator: "79990001122",
      first_call: "contact",
      early_switching: true,
    };
    const result = validateStartCall("simple", draft);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.early_switching?.reason).toBe("combination");
    const allowed = { ...draft, first_call: "operator", switch_at_once: true };
    expect(validateStartCall("simple", allowed).ok).toBe(true);
  });

  it("requires the informer's message and reports its empty text on the message input", () => {
    const result = validateStartCall("informer", {
      ...filled("informer"),
      contact_message: { type: "tts", value: "" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.contact_message?.reason).toBe("required");
  });

  it("refuses a dialing timeout over the reference's 120 seconds", () => {
    const result = validateStartCall("informer", {
      ...filled("informer"),
      contact_message: { type: "tts", value: "Hello" },
      dialing_timeout: 121,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.dialing_timeout?.reason).toBe("invalid");
  });
});

describe("fieldOfPath", () => {
  it("maps BFF field paths to the inputs that edit them", () => {
    expect(fieldOfPath("simple", "contact")).toBe("contact");
    expect(fieldOfPath("simple", "operator_message.value")).toBe("operator_message");
    expect(fieldOfPath("employee", "employee")).toBe("employee.id");
    expect(fieldOfPath("employee", "employee.phone_number")).toBe("employee.phone_number");
    expect(fieldOfPath("informer", "operator")).toBe("form");
  });

  it("keeps the shared inputs when switching kinds and fixes first_call", () => {
    const draft = switchKind(filled("simple"), "employee");
    expect(draft.contact).toBe("79091234567");
    expect(draft.first_call).toBe("employee");
  });
});
