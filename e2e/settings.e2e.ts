import { expect, loginAs, test } from "./support";

test.describe("settings", () => {
  test("switching to Russian changes the console's text, and it stays after a reload", async ({
    page,
  }) => {
    await loginAs(page, "operator");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Settings" })
      .click();
    await page.getByRole("radiogroup", { name: "Language" }).getByText("Русский").click();
    await expect(page.getByRole("heading", { name: "Настройки", level: 1 })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Главное меню" });
    await expect(nav.getByRole("link", { name: "Набор" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await page.reload();
    await expect(page.getByRole("heading", { name: "Настройки", level: 1 })).toBeVisible();
  });

  test("the dark theme applies to the whole console", async ({ page }) => {
    await loginAs(page, "operator");
    await page.goto("/settings");
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "light");
    await page.getByRole("radiogroup", { name: "Theme" }).getByText("Dark").click();
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  });

  test("the default hold message needs its text before it is saved", async ({ page }) => {
    await loginAs(page, "operator");
    await page.goto("/settings");
    await page
      .getByRole("radiogroup", { name: "Kind of hold message" })
      .getByText("Text to speech")
      .click();
    await page.getByRole("button", { name: "Save hold message" }).click();
    await expect(page.getByText("Pick a media file or enter the text.")).toBeVisible();
    await page
      .getByRole("textbox", { name: "Text to speak" })
      .fill("Please hold, we are checking.");
    await page.getByRole("button", { name: "Save hold message" }).click();
    await expect(page.getByText("Hold message saved.")).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem("callboard.settings"));
    expect(JSON.parse(stored ?? "{}").holdMessage).toEqual({
      type: "tts",
      value: "Please hold, we are checking.",
    });
  });
});
