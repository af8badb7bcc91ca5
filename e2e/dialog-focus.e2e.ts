import { expect, expectSimCall, openCall, test } from "./support";

test.describe("focus stays in dialogs", () => {
  test("after returning to the caller, Enter never reaches Hold behind the modal", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000061",
    });
    await detail.getByRole("button", { name: "Consult & transfer…" }).click();
    const dialog = page.getByRole("dialog", { name: "Consult and transfer" });
    await dialog.getByRole("button", { name: "Hold the caller", exact: true }).click();
    await expectSimCall(id, (call) => call?.state === "HOLD");

    // Numbers ending in 486 are busy in the simulator: the consult fails, the caller is held.
    await dialog.getByRole("textbox", { name: "Or a number" }).fill("79261234486");
    await dialog.getByRole("button", { name: "Dial", exact: true }).click();
    await expectSimCall(id, (call) => call?.state === "DIALING");
    await sim.advance(5);
    await expect(dialog.getByRole("alert")).toContainText("did not go through");
    // Focus followed into the new step: the way back to the caller.
    await expect(dialog.getByRole("button", { name: "Return to caller" })).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(dialog.getByText("You are back with the caller.")).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "TALK");
    await sim.clearRequests();

    // The report: two more Enters. The first is the dialog's (its Close button has the focus)...
    await expect(dialog.getByRole("button", { name: "Close", exact: true }).last()).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    // ... which gives focus back to the control that opened the dialog ...
    const opener = detail.getByRole("button", { name: "Consult & transfer…" });
    await expect(opener).toBeFocused();
    // The board learns of the return to the caller at its next reconciliation (no notification
    // reports a hold); the guided flow starts from what the board shows.
    await expect(detail.getByText("Talk", { exact: true })).toBeVisible();
    // ... so the second reopens the guided flow at its first step, and nothing is held.
    await page.keyboard.press("Enter");
    await expect(
      dialog.getByRole("button", { name: "Hold the caller", exact: true }),
    ).toBeVisible();
    expect(await sim.requests("hold.call")).toHaveLength(0);
    expect((await sim.getCall(id))?.state).toBe("TALK");
  });

  test("while a modal is open the board's shortcuts do nothing", async ({ page, sim }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000062",
    });
    await detail.getByRole("button", { name: "Tag…" }).click();
    const dialog = page.getByRole("dialog", { name: "Tag the call" });
    await expect(dialog).toBeVisible();
    // Focus dropped behind the modal (as a disabled button would leave it).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await sim.clearRequests();
    await page.keyboard.press("h");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    expect(await sim.requests("hold.call")).toHaveLength(0);
    expect((await sim.getCall(id))?.state).toBe("TALK");
    await expect(dialog).toBeVisible();
    // The key moved focus back into the dialog.
    await expect
      .poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]'))))
      .toBe(true);
  });

  test("a dialog whose opener is gone returns focus to the call's pane", async ({ page, sim }) => {
    const { detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000063",
    });
    await detail.getByRole("button", { name: "End call…" }).click();
    const dialog = page.getByRole("dialog", { name: "End the call?" });
    await dialog.getByRole("button", { name: "End call" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(detail).toBeFocused();
  });
});
