import { callRow, expect, openCall, test } from "./support";

test("the consult picker lists free colleagues first and warns about a busy one", async ({
  page,
  sim,
}) => {
  // Dmitry Ivanov (employee 26) is on three calls.
  for (const contact of ["79040000071", "79040000072", "79040000073"]) {
    await sim.createCall({ state: "talk", contact_phone_number: contact, employee_id: 26 });
  }
  const { detail } = await openCall(page, sim, {
    state: "hold",
    contact_phone_number: "79040000074",
  });
  await expect(callRow(page, "79040000073")).toBeVisible();
  await detail.getByRole("button", { name: "Consult & transfer…" }).click();
  const dialog = page.getByRole("dialog", { name: "Consult and transfer" });
  await dialog.getByLabel("Employee", { exact: true }).click();

  const options = page.getByRole("option").and(page.locator("[data-combobox-option]"));
  const dmitry = options.filter({ hasText: "Dmitry Ivanov" });
  await expect(dmitry).toHaveText(/Dmitry Ivanov \(102\) · on 3 calls since \d\d:\d\d/);
  // Every free colleague comes before every busy one.
  const busy = (await options.allTextContents()).map((label) => label.includes(" · on "));
  expect(busy[0]).toBe(false);
  expect(busy.slice(busy.indexOf(true)).every(Boolean)).toBe(true);

  await dmitry.click();
  await expect(dialog.getByRole("alert")).toContainText("Dmitry Ivanov (102) is on a call now");
});
