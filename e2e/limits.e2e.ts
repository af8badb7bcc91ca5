import { expect, loginAs, test } from "./support";

test.describe("limits", () => {
  test("an admin sees the budget meters, and they follow the upstream's limits", async ({
    page,
    sim,
  }) => {
    await loginAs(page, "admin");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Limits" })
      .click();
    await expect(page.getByRole("heading", { name: "API limits", level: 1 })).toBeVisible();
    const minute = page.getByRole("region", { name: "This minute" });
    const day = page.getByRole("region", { name: "Today" });
    await expect(minute.getByRole("progressbar")).toBeVisible();
    await expect(day.getByRole("progressbar")).toBeVisible();
    await expect(minute.getByText(/^Resets in \d+:\d\d$/)).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Points spent since the server started" }),
    ).toBeVisible();

    // The upstream lowers the budget: the next reply's metadata shows on the meters.
    await sim.setLimits({
      minute_limit: 500,
      minute_remaining: 40,
      day_limit: 9000,
      day_remaining: 3000,
    });
    await expect(minute.getByTestId("meter-value")).toHaveText(/^\d+ \/ 500$/);
    const shown = Number((await minute.getByTestId("meter-value").textContent())?.split(" / ")[0]);
    expect(shown).toBeLessThanOrEqual(40);
    await expect(day.getByTestId("meter-value")).toHaveText(/^\d+ \/ 9000$/);
    // Under a tenth of the minute budget left: the header's indicator warns too.
    await expect(page.getByTestId("budget-indicator")).toHaveAttribute("data-level", "critical");
    const chart = page.getByRole("img", { name: /Minute budget left/ });
    await expect(chart).toBeVisible();
    // The history chart has axes with their names and ticks.
    await expect(chart.getByText("Points", { exact: true })).toBeVisible();
    await expect(chart.getByText("Time", { exact: true })).toBeVisible();
    await expect(chart.locator(".recharts-cartesian-axis-tick").first()).toBeAttached();
  });

  test("an operator has no limits page", async ({ page }) => {
    await loginAs(page, "operator");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Dialer" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Limits" })).toHaveCount(0);
    await page.goto("/limits");
    await expect(page.getByText("This page does not exist.")).toBeVisible();
    await expect(page.getByRole("progressbar")).toHaveCount(0);
    // The header still shows everyone the small budget indicator.
    await expect(page.getByTestId("budget-indicator")).toBeVisible();
  });
});
