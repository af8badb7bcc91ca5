import { expect, loginAs, test } from "./support";

test.describe("login and session", () => {
  test("a wrong password is refused with the BFF's message", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel(/^Username/).fill("operator");
    await page.getByLabel(/^Password/).fill("wrong");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  });

  test("empty fields are marked before anything is sent", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByText("Required")).toHaveCount(2);
    // Typing a valid value takes the mark off that field, and only that one.
    await page.getByLabel(/^Username/).fill("operator");
    await expect(page.getByText("Required")).toHaveCount(1);
  });

  test("the session survives a reload, and logout ends it", async ({ page }) => {
    await loginAs(page, "operator");
    await expect(page.getByText("Demo Operator")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
    await expect(
      page.getByRole("listbox", { name: "Calls" }).or(page.getByText("No active calls.")),
    ).toBeVisible();

    await page.getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
    const session = await page.request.get("/api/session");
    expect(session.status()).toBe(401);
  });

  test("each role sees the pages of its job", async ({ page }) => {
    await loginAs(page, "operator");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Board" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Dialer" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Audit log" })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.getByRole("button", { name: "Log out" }).click();

    await loginAs(page, "admin");
    for (const name of ["Board", "Dialer", "Limits", "Users", "Audit log", "Settings"]) {
      await expect(nav.getByRole("link", { name })).toBeVisible();
    }
  });

  test("the login page speaks Russian when asked", async ({ page }) => {
    await page.goto("/");
    await page.getByText("Русский").click();
    await expect(page.getByRole("button", { name: "Войти" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  });
});
