import { readFile } from "node:fs/promises";
import { expect, loginAs, test } from "./support";

test.describe("audit log", () => {
  test("a supervisor sees the call an operator started; the operator has no audit log", async ({
    page,
    sim,
  }) => {
    await loginAs(page, "operator");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }),
    ).toHaveCount(0);
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Dialer" })
      .click();
    await expect(page.getByRole("combobox", { name: "Virtual number" })).not.toHaveValue("");
    await page.getByRole("textbox", { name: "Contact number" }).fill("79091234567");
    await page.getByRole("button", { name: "Start call" }).click();
    await expect(page.getByText(/^Call session \d+ started\.$/)).toBeVisible();
    const [call] = await sim.listCalls();
    expect(call?.origin).toBe("start.simple_call");

    await page.context().clearCookies();
    await loginAs(page, "supervisor");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Audit log" })
      .click();
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    const filters = page.getByRole("form", { name: "Filters" });
    await filters.getByRole("textbox", { name: "User" }).fill("operator");
    await filters.getByRole("combobox", { name: "Action" }).fill("start.simple_call");
    await page.keyboard.press("Escape");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    // The action in words, its raw name on hover, the call as the target.
    const row = page.getByRole("row").filter({ hasText: "Start an operator call" });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell", { name: "operator", exact: true })).toBeVisible();
    await expect(row.getByRole("cell", { name: "Start an operator call" })).toHaveAttribute(
      "title",
      "start.simple_call",
    );
    await expect(row.getByRole("cell", { name: `Call ${call?.call_session_id}` })).toBeVisible();
    await expect(row.getByText("Success")).toBeVisible();

    // The filtered view exports as CSV with the raw names.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const file = await download;
    const csv = await readFile((await file.path()) ?? "", "utf8");
    expect(csv.split("\r\n")[1]).toContain(",operator,operator,start.simple_call,");

    // A filter that matches nothing says so.
    await filters.getByRole("combobox", { name: "Result" }).click();
    await page.getByRole("option", { name: "Failed" }).click();
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("No entries match the filters.")).toBeVisible();
  });
});
