import type { Page } from "@playwright/test";
import { expect, loginAs, test } from "./support";

async function login(page: Page, username: string, password: string) {
  await page.goto("/");
  await page.getByLabel(/^Username/).fill(username);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

async function logout(page: Page) {
  await page.context().clearCookies();
  await page.goto("/");
  await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
}

async function openUsers(page: Page) {
  await loginAs(page, "admin");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
}

async function createUser(page: Page, username: string, role: string) {
  await page.getByRole("button", { name: "New user" }).click();
  const dialog = page.getByRole("dialog", { name: "New user" });
  await dialog.getByRole("textbox", { name: "Username" }).fill(username);
  await dialog.getByLabel(/^Password/).fill("short");
  await dialog.getByRole("button", { name: "Create user" }).click();
  // The contract's rule, checked in the browser: nothing is sent.
  await expect(dialog.getByText("At least 8 characters.")).toBeVisible();
  await dialog.getByLabel(/^Password/).fill("long-enough-1");
  await dialog.getByRole("textbox", { name: "Display name" }).fill(`${username} Tester`);
  await dialog.getByRole("combobox", { name: "Role" }).click();
  await page.getByRole("option", { name: role }).click();
  await dialog.getByRole("combobox", { name: "CallGear employee" }).click();
  await page.getByRole("option").first().click();
  await dialog.getByRole("button", { name: "Create user" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("rowheader", { name: username })).toBeVisible();
}

test.describe("users", () => {
  test("an admin creates a user who can then log in with that role", async ({ page }) => {
    await openUsers(page);
    await createUser(page, "anna", "Supervisor");
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "anna" }) });
    await expect(row.getByRole("combobox", { name: "Role of anna" })).toHaveValue("Supervisor");
    await logout(page);
    await login(page, "anna", "long-enough-1");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Audit log" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  });

  test("an admin changes a role, then disables the user, whose login is refused", async ({
    page,
  }) => {
    await openUsers(page);
    await createUser(page, "boris", "Operator");
    const role = page.getByRole("combobox", { name: "Role of boris" });
    await role.click();
    await page.getByRole("option", { name: "Supervisor" }).click();
    await expect(page.getByText("boris is now Supervisor.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("combobox", { name: "Role of boris" })).toHaveValue("Supervisor");

    await page
      .getByRole("group", { name: "Actions for boris" })
      .getByRole("button", { name: "Disable" })
      .click();
    const confirm = page.getByRole("dialog", { name: "Disable boris?" });
    await confirm.getByRole("button", { name: "Disable" }).click();
    await expect(page.getByText("boris disabled.")).toBeVisible();
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "boris" }) });
    await expect(row.getByText("Disabled", { exact: true })).toBeVisible();

    await logout(page);
    await login(page, "boris", "long-enough-1");
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  });

  test("an admin cannot demote or disable themself", async ({ page }) => {
    await openUsers(page);
    await expect(page.getByRole("combobox", { name: "Role of admin" })).toBeDisabled();
    await expect(
      page
        .getByRole("group", { name: "Actions for admin" })
        .getByRole("button", { name: "Disable" }),
    ).toBeDisabled();
  });

  test("changing one's own password asks for the current one", async ({ page }) => {
    await openUsers(page);
    await createUser(page, "carla", "Admin");
    await logout(page);
    await login(page, "carla", "long-enough-1");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Users" })
      .click();
    await page
      .getByRole("group", { name: "Actions for carla" })
      .getByRole("button", { name: "Reset password" })
      .click();
    const dialog = page.getByRole("dialog", { name: "New password for carla" });
    await dialog.getByLabel(/^New password/).fill("long-enough-2");
    await dialog.getByLabel(/^Current password/).fill("not-the-password");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByText("The current password is wrong.")).toBeVisible();
    await dialog.getByLabel(/^Current password/).fill("long-enough-1");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByText("Your password is changed; your other sessions have ended."),
    ).toBeVisible();
    await logout(page);
    await login(page, "carla", "long-enough-2");
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  });
});
