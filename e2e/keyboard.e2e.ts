import { callRow, expect, expectSimCall, loginAs, test } from "./support";

test.describe("keyboard", () => {
  test("the board and its actions work from the keyboard alone, with shortcuts", async ({
    page,
    sim,
  }) => {
    const first = await sim.createCall({ state: "talk", contact_phone_number: "79050000001" });
    const second = await sim.createCall({ state: "talk", contact_phone_number: "79050000002" });
    await loginAs(page, "operator");
    await expect(callRow(page, "79050000001")).toBeVisible();

    // Focus the list with Tab, move with the arrows.
    const list = page.getByRole("listbox", { name: "Calls" });
    for (let i = 0; i < 20 && !(await list.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(list).toBeFocused();
    await page.keyboard.press("ArrowDown");
    const selected = list.getByRole("option", { selected: true });
    await expect(selected).toHaveCount(1);
    const selectedText = (await selected.textContent()) ?? "";
    const selectedId = selectedText.includes("79050000002")
      ? second.call_session_id
      : first.call_session_id;

    // H holds, H again resumes.
    await page.keyboard.press("h");
    await expectSimCall(selectedId, (call) => call?.state === "HOLD");
    await expect(selected).toContainText("On hold");
    await page.keyboard.press("h");
    await expectSimCall(selectedId, (call) => call?.state === "TALK");
    await expect(selected).toContainText("Talk");

    // K opens the keypad; digits typed there are sent; Escape closes it.
    await page.keyboard.press("k");
    const keypad = page.getByRole("dialog", { name: "Keypad (DTMF)" });
    await expect(keypad).toBeVisible();
    await page.keyboard.press("7");
    await expectSimCall(selectedId, (call) => call?.dtmf_sent.includes("7") === true);
    await page.keyboard.press("Escape");
    await expect(keypad).toHaveCount(0);

    // Enter moves into the selected call's actions; Tab and Enter reach them.
    await list.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("button", { name: "Hold", exact: true })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Hold with message…" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog", { name: "Hold the caller" })).toBeVisible();
    await page.keyboard.press("Escape");

    // T opens the guided transfer; E asks before ending the call.
    await list.focus();
    await page.keyboard.press("t");
    await expect(page.getByRole("dialog", { name: "Consult and transfer" })).toBeVisible();
    await page.keyboard.press("Escape");
    await list.focus();
    await page.keyboard.press("e");
    const confirm = page.getByRole("dialog", { name: "End the call?" });
    await expect(confirm).toBeVisible();
    // Cancel has the focus first: Enter does not end the call by accident.
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expectSimCall(selectedId, (call) => call === undefined || call.state !== "TALK");
  });

  test("? lists the shortcuts in a help dialog", async ({ page }) => {
    await loginAs(page, "operator");
    await page.locator("body").press("?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    for (const text of [
      "Hold or resume",
      "Consult & transfer",
      "Keypad",
      "End call",
      "This help",
    ]) {
      await expect(help.getByText(text, { exact: true })).toBeVisible();
    }
    await page.keyboard.press("Escape");
    await expect(help).toHaveCount(0);
    await page.getByRole("button", { name: "Shortcuts (?)" }).click();
    await expect(help).toBeVisible();
  });
});
