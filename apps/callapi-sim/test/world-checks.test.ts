import { describe, expect, it } from "vitest";
import { outcome, useSimulator } from "./sim-harness";

const h = useSimulator();

const employeeCall = {
  first_call: "employee",
  virtual_phone_number: "74993720692",
  contact: "79261234567",
  employee: { id: 25 },
};

describe("start.* params checked against the world", () => {
  it("answers -32007 virtual_phone_number_not_found with its params", async () => {
    const reply = await h.call("start.employee_call", {
      ...employeeCall,
      virtual_phone_number: "74990000001",
    });
    expect(reply.error).toMatchObject({
      code: -32007,
      message: "Virtual phone number 74990000001 not found. It is not your virtual phone number.",
      data: {
        mnemonic: "virtual_phone_number_not_found",
        field: "virtual_phone_number",
        params: { virtual_phone_number: "74990000001" },
      },
    });
  });

  it("answers employee_not_found and no_active_phone_number", async () => {
    const missing = await h.call("start.employee_call", { ...employeeCall, employee: { id: 999 } });
    expect(missing.error).toMatchObject({
      code: -32602,
      message: "Employee with id 999 not found. It is not your employee.",
      data: { mnemonic: "employee_not_found", field: "employee.id", params: { employee_id: 999 } },
    });
    const inactive = await h.call("start.employee_call", { ...employeeCall, employee: { id: 32 } });
    expect(inactive.error).toMatchObject({
      code: -32602,
      data: { mnemonic: "no_active_phone_number" },
    });
    const notHis = await h.call("start.employee_call", {
      ...employeeCall,
      employee: { id: 26, phone_number: "79261112234" },
    });
    expect(notHis.error?.data).toMatchObject({
      mnemonic: "no_active_phone_number",
      field: "employee.phone_number",
    });
    const extension = await h.call("start.employee_call", {
      ...employeeCall,
      employee: { id: 26, phone_number: "102" },
    });
    expect(outcome(extension)).toBe("ok");
  });

  it("refuses the account's own virtual number as the contact", async () => {
    const reply = await h.call("start.simple_call", {
      first_call: "contact",
      virtual_phone_number: "74993720692",
      contact: "74951045771",
      operator: "79262444491",
    });
    expect(reply.error).toMatchObject({
      code: -32602,
      message: "Parameter contact can not contain own virtual phone number",
      data: { mnemonic: "own_virtual_phone_number_not_allowed", field: "contact" },
    });
  });

  it("answers contact_in_blacklist with -32002 or -32602 as each method's table says", async () => {
    const blocked = { contact: "79990000001" };
    const employee = await h.call("start.employee_call", { ...employeeCall, ...blocked });
    expect(employee.error).toMatchObject({
      code: -32002,
      message: "The contact 79990000001 has been found in the blacklist",
      data: { mnemonic: "contact_in_blacklist", params: { contact: "79990000001" } },
    });
    const scenario = await h.call("start.scenario_call", {
      ...blocked,
      first_call: "contact",
      virtual_phone_number: "74993720692",
      scenario_id: 23456,
    });
    expect(scenario.error?.code).toBe(-32602);
    expect(scenario.error?.data.mnemonic).toBe("contact_in_blacklist");
  });

  it("answers scenario_not_found: -32602 for a scenario id, -32007 for a number without one", async () => {
    const scenario = await h.call("start.scenario_call", {
      first_call: "contact",
      virtual_phone_number: "74993720692",
      contact: "79261234567",
      scenario_id: 1,
    });
    expect(scenario.error).toMatchObject({
      code: -32602,
      message: "Scenario with id 1 not found",
      data: { mnemonic: "scenario_not_found", params: { scenario_id: 1 } },
    });
    const vnumber = await h.call("start.vnumber_call", {
      first_call: "contact",
      virtual_phone_number: "78005553535",
      contact: "79261234567",
    });
    expect(vnumber.error).toMatchObject({
      code: -32007,
      message: "Virtual phone number does not have a scenario",
      data: { mnemonic: "scenario_not_found" },
    });
  });

  it("answers media_file_not_found for a message, media_file_id or hold message", async () => {
    const message = await h.call("start.informer_call", {
      virtual_phone_number: "74993720692",
      contact: "79261234567",
      contact_message: { type: "media", value: "4242" },
    });
    expect(message.error).toMatchObject({
      code: -32602,
      message: "The media file with id 4242 not found",
      data: {
        mnemonic: "media_file_not_found",
        field: "contact_message.value",
        params: { media_file_id: 4242 },
      },
    });
    const dialingMusic = await h.call("start.employee_call", {
      ...employeeCall,
      media_file_id: 4243,
    });
    expect(dialingMusic.error?.data).toMatchObject({
      mnemonic: "media_file_not_found",
      field: "media_file_id",
    });
    const call = await h.control.createCall({ state: "talk" });
    const hold = await h.call("hold.call", {
      call_session_id: call.call_session_id,
      contact_message: { type: "media", value: "4244" },
    });
    expect(hold.error?.data.mnemonic).toBe("media_file_not_found");
  });

  it("answers tts_text_exceeded with the account's limit and the message's length", async () => {
    const text = "a".repeat(251);
    const reply = await h.call("start.informer_call", {
      virtual_phone_number: "74993720692",
      contact: "79261234567",
      contact_message: { type: "tts", value: text },
    });
    expect(reply.error).toMatchObject({
      code: -32602,
      message:
        "The maximum length of Text-to-Speech message is 250. The length of your message is 251",
      data: {
        mnemonic: "tts_text_exceeded",
        field: "contact_message.value",
        params: { tts_message_max_length: 250, sent_tts_message_length: 251 },
      },
    });
    const response = await fetch(`${h.sim.controlUrl}/tts-limit`, {
      method: "POST",
      body: JSON.stringify({ ttsMaxLength: 300 }),
    });
    expect(response.status).toBe(200);
    const fits = await h.call("start.informer_call", {
      virtual_phone_number: "74993720692",
      contact: "79261234567",
      contact_message: { type: "tts", value: text },
    });
    expect(outcome(fits)).toBe("ok");
  });
});

describe("the Data API directory", () => {
  it.each([
    ["get.tags", 6, ["id", "name", "is_system", "color"]],
    ["get.employees", 8, ["id", "login", "full_name", "phone_numbers", "extension", "coach"]],
    ["get.virtual_numbers", 4, ["id", "virtual_phone_number", "name", "status", "scenarios"]],
    ["get.scenarios", 4, ["id", "name", "virtual_phone_numbers"]],
    ["get.media_files", 7, ["id", "name", "duration", "type", "size"]],
  ])("%s lists %i items with their fields", async (method, total, fields) => {
    const reply = await h.data(method);
    expect(reply.result?.metadata.total_items).toBe(total);
    expect(reply.result?.data).toHaveLength(total);
    for (const field of fields) expect(reply.result?.data[0]).toHaveProperty(field);
  });

  it("pages with limit and offset and keeps total_items", async () => {
    const all = (await h.data("get.employees")).result?.data;
    const page = await h.data("get.employees", { limit: 3, offset: 2 });
    expect(page.result?.metadata.total_items).toBe(8);
    expect(page.result?.data.map((e: { id: number }) => e.id)).toEqual(
      all.slice(2, 5).map((e: { id: number }) => e.id),
    );
    const past = await h.data("get.employees", { limit: 3, offset: 100 });
    expect(past.result?.data).toEqual([]);
  });

  it("filters, sorts and selects fields", async () => {
    const reply = await h.data("get.media_files", {
      filter: { field: "type", operator: "=", value: "user" },
      sort: [{ field: "duration", order: "desc" }],
      fields: ["id", "name"],
    });
    expect(reply.result?.data[0]).toEqual({ id: 2034, name: "Hold music" });
    expect(reply.result?.metadata.total_items).toBe(4);
  });

  it("has a believable world: Russian names, a coach, a tag_call talk option", async () => {
    const employees = (await h.data("get.employees")).result?.data;
    expect(employees.some((e: { full_name: string }) => /[А-Яа-я]/.test(e.full_name))).toBe(true);
    expect(employees.some((e: { coach: boolean }) => e.coach)).toBe(true);
    const tags = (await h.data("get.tags")).result?.data.map((t: { name: string }) => t.name);
    expect(tags).toEqual(expect.arrayContaining(["Relevant", "Sale", "Complaint", "Callback"]));
    const options = (await h.call("list.talk_options")).result?.data;
    expect(options).toContainEqual({
      button: "1",
      mnemonic: "tag_call",
      name: "Tag",
      button_value: { id: 254, value: "Relevant" },
    });
    const numbers = (await h.data("get.virtual_numbers")).result?.data;
    for (const n of numbers) expect(n.virtual_phone_number).toMatch(/^7\d{10}$/);
  });
});
