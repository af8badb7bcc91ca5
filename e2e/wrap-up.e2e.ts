import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { callRow, expect, notification, openCall, test } from "./support";

const CALLER = "79035557788";

/** axe with WCAG 2 A and AA rules: nothing serious or critical may remain. */
async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(" | ")}`);
  expect(blocking, `axe on ${what}`).toEqual([]);
}

test.describe("wrap-up", () => {
  test("a call ends, the operator adds a note and a disposition, and recent calls show them", async ({
    page,
    sim,
  }) => {
    test.setTimeout(90_000);
    // The operator's call (employee 25 is the demo operator's), with the caller's context.
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: CALLER,
      employee_id: 25,
    });
    await expect(detail.getByRole("region", { name: "This caller" })).toContainText(
      "No earlier calls from this number.",
    );

    // The call ends; the pane stays and offers the wrap-up.
    await detail.getByRole("button", { name: "End call…" }).click();
    await page
      .getByRole("dialog", { name: "End the call?" })
      .getByRole("button", { name: "End call" })
      .click();
    await sim.advance(10);
    await expect(
      detail.getByRole("status").filter({ hasText: "This call has ended." }),
    ).toBeVisible();
    const wrapUp = detail.getByRole("region", { name: "Wrap-up" });
    await expect(wrapUp).toBeVisible();

    // Nothing to save: the message sits on the note, and nothing is sent.
    await wrapUp.getByRole("button", { name: "Save wrap-up" }).click();
    await expect(wrapUp.getByText("Add a note or pick a disposition.")).toBeVisible();

    // By keyboard: the note, the disposition, then Save.
    const note = wrapUp.getByRole("textbox", { name: "Note" });
    await note.focus();
    await page.keyboard.type("Wants a quote for 20 seats");
    await expect(wrapUp.getByText("Add a note or pick a disposition.")).toHaveCount(0);
    await page.keyboard.press("Tab");
    await expect(wrapUp.getByRole("combobox", { name: "Disposition" })).toBeFocused();
    await wrapUp.getByRole("combobox", { name: "Disposition" }).selectOption({ label: "Sale" });
    await page.keyboard.press("Tab");
    await expect(wrapUp.getByRole("button", { name: "Save wrap-up" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(notification(page, "Wrap-up saved.")).toBeVisible();
    await expect(wrapUp.getByTestId("wrap-up-saved")).toContainText(
      "Sale — Wants a quote for 20 seats",
    );

    // Recent calls show the note and the disposition, and the detail offers the same form.
    await page.getByRole("link", { name: "Recent calls" }).click();
    const row = page.getByTestId(`history-${id}`);
    await expect(row).toContainText("Wants a quote for 20 seats");
    await expect(row).toContainText("Sale");
    await expectAccessible(page, "recent calls");
    await row.getByRole("button", { name: `Details of call ${id}` }).click();
    const dialog = page.getByRole("dialog", { name: `Call ${id}` });
    await expect(dialog.getByRole("region", { name: "Wrap-up" })).toBeVisible();
    await expect(dialog).toContainText("release.call (ok)");
    await expect(dialog.getByRole("combobox", { name: "Disposition" })).toHaveValue(/\d+/);
    await expect(dialog).toHaveCSS("opacity", "1");
    await expectAccessible(page, "a call's detail with its wrap-up");
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);

    // The caller rings again: the pane shows the earlier call with its wrap-up.
    await page.getByRole("link", { name: "Board" }).click();
    const again = await sim.createCall({ state: "talk", contact_phone_number: CALLER });
    await callRow(page, CALLER).click();
    const context = page
      .getByRole("region", { name: `Call ${again.call_session_id}` })
      .getByRole("region", { name: "This caller" });
    await expect(context).toContainText("Called 1 time today");
    await expect(context).toContainText("Sale — Wants a quote for 20 seats");
  });
});
