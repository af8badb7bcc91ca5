import type { Page } from "@playwright/test";
import { expect, loginAs, type SimControl, test } from "./support";

const CONTACT = "79091234567";

async function openDialer(page: Page) {
  await loginAs(page, "operator");
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Dialer" })
    .click();
  await expect(page.getByRole("heading", { name: "Dialer", level: 1 })).toBeVisible();
  // The virtual number defaults to the directory's first one once it has loaded.
  await expect(page.getByRole("combobox", { name: "Virtual number" })).not.toHaveValue("");
}

async function chooseKind(page: Page, kind: string) {
  await page
    .getByRole("radiogroup", { name: "Kind of call" })
    .getByText(kind, { exact: true })
    .click();
}

async function startAndReadSessionId(page: Page): Promise<number> {
  await page.getByRole("button", { name: "Start call" }).click();
  const started = page.getByText(/^Call session \d+ started\.$/);
  await expect(started).toBeVisible();
  const id = Number((await started.textContent())?.match(/\d+/)?.[0]);
  expect(id).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: "Back to the board" })).toBeVisible();
  return id;
}

async function expectSimCall(sim: SimControl, id: number, origin: string) {
  const call = await sim.getCall(id);
  expect(call?.origin).toBe(origin);
  expect(call?.contact_phone_number).toBe(CONTACT);
}

test.describe("dialer", () => {
  test("an operator call rings the operator's own phone, then the contact", async ({
    page,
    sim,
  }) => {
    await openDialer(page);
    // Defaults: the operator's phone from the user's profile.
    await expect(page.getByRole("textbox", { name: "Operator number" })).not.toHaveValue("");
    await page.getByRole("textbox", { name: "Contact number" }).fill(CONTACT);
    const id = await startAndReadSessionId(page);
    await expectSimCall(sim, id, "start.simple_call");
    // The live feed reports where the new call stands.
    await expect(page.getByText(/^Now: (ringing|talking)$/)).toBeVisible();
    // The start refreshes the budget silently: no notification, least of all a "Missing queryFn".
    await expect(page.locator(".mantine-Notification-root")).toHaveCount(0);
    const [request] = await sim.requests("start.simple_call");
    expect(request?.params).toMatchObject({ first_call: "operator", contact: CONTACT });
  });

  test("an employee call defaults to the user's linked employee", async ({ page, sim }) => {
    await openDialer(page);
    await chooseKind(page, "Employee call");
    await expect(page.getByRole("combobox", { name: "Employee", exact: true })).not.toHaveValue("");
    // Typed as people write it; the form says what it will dial, and the Call API gets E.164.
    const contact = page.getByRole("textbox", { name: "Contact number" });
    await contact.fill("+7 909 123-45-67");
    await expect(contact).toHaveAccessibleDescription(`Will dial ${CONTACT}.`);
    const id = await startAndReadSessionId(page);
    await expectSimCall(sim, id, "start.employee_call");
    const [request] = await sim.requests("start.employee_call");
    expect(request?.params).toMatchObject({ employee: { id: expect.any(Number) } });
  });

  test("a virtual number call with advanced options sends them", async ({ page, sim }) => {
    await openDialer(page);
    await chooseKind(page, "Virtual number");
    await page.getByRole("textbox", { name: "Contact number" }).fill(CONTACT);
    await page.getByRole("button", { name: "Advanced options" }).click();
    await page.getByRole("textbox", { name: "External id" }).fill("crm-42");
    const id = await startAndReadSessionId(page);
    await expectSimCall(sim, id, "start.vnumber_call");
    const [request] = await sim.requests("start.vnumber_call");
    expect(request?.params).toMatchObject({ external_id: "crm-42" });
  });

  test("a scenario call runs the scenario picked by name", async ({ page, sim }) => {
    await openDialer(page);
    await chooseKind(page, "Scenario");
    await page.getByRole("textbox", { name: "Contact number" }).fill(CONTACT);
    await page.getByRole("combobox", { name: "Scenario" }).click();
    await page.getByRole("option", { name: "Support line" }).click();
    const id = await startAndReadSessionId(page);
    await expectSimCall(sim, id, "start.scenario_call");
    const [request] = await sim.requests("start.scenario_call");
    expect(request?.params).toMatchObject({ scenario_id: 23458 });
  });

  test("an informer call needs its message and speaks the text", async ({ page, sim }) => {
    await openDialer(page);
    await chooseKind(page, "Informer");
    await page.getByRole("textbox", { name: "Contact number" }).fill(CONTACT);
    await page.getByRole("button", { name: "Start call" }).click();
    await expect(page.getByText("Check the marked fields.")).toBeVisible();
    await page
      .getByRole("radiogroup", { name: /Message to the contact/ })
      .getByText("Text to speech", { exact: true })
      .click();
    await page.getByRole("textbox", { name: "Text to speak" }).fill("Your order is ready.");
    const id = await startAndReadSessionId(page);
    await expectSimCall(sim, id, "start.informer_call");
    // The contact answers (3 s of ringing) and hears the two-second message.
    await sim.advance(3);
    await expect(page.getByText("Now: playing the message")).toBeVisible();
    const [request] = await sim.requests("start.informer_call");
    expect(request?.params).toMatchObject({
      contact_message: { type: "tts", value: "Your order is ready." },
    });
  });

  test("a malformed number is refused in the browser, nothing goes upstream", async ({
    page,
    sim,
  }) => {
    await openDialer(page);
    const contact = page.getByRole("textbox", { name: "Contact number" });
    await contact.fill("12-ab");
    await page.getByRole("button", { name: "Start call" }).click();
    await expect(contact).toHaveAttribute("aria-invalid", "true");
    await expect(contact).toHaveAccessibleDescription(/Enter a phone number/);
    expect(await sim.requests("start.simple_call")).toHaveLength(0);
    expect(await sim.listCalls()).toHaveLength(0);
  });

  test("the upstream's blacklist refusal is shown on the contact field", async ({ page, sim }) => {
    await openDialer(page);
    const contact = page.getByRole("textbox", { name: "Contact number" });
    await contact.fill("79990000001");
    await page.getByRole("button", { name: "Start call" }).click();
    await expect(contact).toHaveAttribute("aria-invalid", "true");
    await expect(contact).toHaveAccessibleDescription(/blacklist/);
    expect(await sim.listCalls()).toHaveLength(0);
    // Editing the field clears the server's error.
    await contact.fill(CONTACT);
    await expect(contact).not.toHaveAttribute("aria-invalid", "true");
  });
});
