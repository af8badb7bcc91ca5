import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { callRow, expect, loginAs, test } from "./support";

/** The colours axe measured, so a contrast failure can be fixed without rerunning. */
function describeCheck(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  const { fgColor, bgColor, contrastRatio } = data as Record<string, unknown>;
  return fgColor ? `[${fgColor} on ${bgColor}: ${contrastRatio}]` : "";
}

/** axe with WCAG 2 A and AA rules: nothing serious or critical may remain. */
async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 6)
          .map((node) => `${node.target.join(" ")} ${describeCheck(node.any[0]?.data)}`)
          .join(" | ")}`,
    );
  expect(blocking, `axe on ${what}`).toEqual([]);
}

/** Mantine dialogs fade in; contrast is judged once they are fully opaque. */
async function expectOpenDialog(dialog: Locator) {
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveCSS("opacity", "1");
}

for (const theme of ["light", "dark"] as const) {
  test.describe(`accessibility, ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((scheme) => {
        const key = "callboard.settings";
        const stored = JSON.parse(localStorage.getItem(key) ?? "{}");
        localStorage.setItem(key, JSON.stringify({ ...stored, theme: scheme }));
      }, theme);
    });

    test("login page", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", theme);
      await expectAccessible(page, "login");
    });

    test("board with calls, a selected call and its dialogs", async ({ page, sim }) => {
      await sim.createCall({ state: "talk", contact_phone_number: "79031234567" });
      await sim.createCall({ state: "hold", contact_phone_number: "79037654321" });
      await sim.createCall({ state: "ringing", contact_phone_number: "79035550000" });
      await loginAs(page, "operator");
      const row = callRow(page, "79031234567");
      await expect(row).toBeVisible();
      await expect(callRow(page, "79035550000")).toBeVisible();
      await expectAccessible(page, "board");
      await row.click();
      await expect(page.getByRole("button", { name: "Hold", exact: true })).toBeVisible();
      await expectAccessible(page, "board with a selected call");
      for (const action of ["Keypad…", "Hold with message…", "Consult & transfer…"]) {
        await page.getByRole("button", { name: action }).click();
        await expectOpenDialog(page.getByRole("dialog"));
        await expectAccessible(page, `${action} dialog`);
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog")).toHaveCount(0);
      }
      await page.getByRole("button", { name: "Shortcuts (?)" }).click();
      await expectOpenDialog(page.getByRole("dialog"));
      await expectAccessible(page, "shortcuts dialog");
    });

    test("dialer with its options open and its field errors", async ({ page }) => {
      await loginAs(page, "operator");
      await page.goto("/dial");
      await expect(page.getByRole("combobox", { name: "Virtual number" })).not.toHaveValue("");
      await page.getByRole("button", { name: "Advanced options" }).click();
      await page.getByRole("button", { name: "Start call" }).click();
      await expect(page.getByText("Check the marked fields.")).toBeVisible();
      await expectAccessible(page, "dialer (operator call)");
      await page
        .getByRole("radiogroup", { name: "Kind of call" })
        .getByText("Employee call")
        .click();
      await expect(page.getByRole("combobox", { name: "Employee", exact: true })).toBeVisible();
      await expectAccessible(page, "dialer (employee call)");
      await page.getByRole("textbox", { name: "Contact number" }).fill("79091234567");
      await page.getByRole("button", { name: "Start call" }).click();
      await expect(page.getByText(/^Call session \d+ started\.$/)).toBeVisible();
      await expectAccessible(page, "dialer after a call started");
    });

    test("limits and users pages, and the new user dialog", async ({ page }) => {
      await loginAs(page, "admin");
      await page.goto("/limits");
      await expect(page.getByRole("region", { name: "This minute" })).toBeVisible();
      await expectAccessible(page, "limits");
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Users" })
        .click();
      await expect(page.getByRole("combobox", { name: "Role of admin" })).toBeVisible();
      await expectAccessible(page, "users");
      await page.getByRole("button", { name: "New user" }).click();
      const dialog = page.getByRole("dialog", { name: "New user" });
      await expectOpenDialog(dialog);
      await dialog.getByRole("button", { name: "Create user" }).click();
      await expect(dialog.getByText("Required.").first()).toBeVisible();
      await expectAccessible(page, "new user dialog with errors");
    });

    test("audit log with entries", async ({ page }) => {
      await loginAs(page, "supervisor");
      await page.goto("/audit");
      await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
      // Logging in is itself audited, so the table is not empty.
      await expect(page.getByRole("row").nth(1)).toBeVisible();
      await expectAccessible(page, "audit log");
    });

    test("settings", async ({ page }) => {
      await loginAs(page, "operator");
      await page.goto("/settings");
      await page
        .getByRole("radiogroup", { name: "Kind of hold message" })
        .getByText("Media file")
        .click();
      await expect(page.getByRole("combobox", { name: "Media file" })).toBeVisible();
      await expectAccessible(page, "settings");
    });
  });
}
