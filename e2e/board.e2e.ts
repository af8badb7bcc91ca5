import { callRow, expect, loginAs, test } from "./support";

test.describe("the live board", () => {
  test("shows every active session with its numbers, state and legs, live", async ({
    page,
    sim,
  }) => {
    const talking = await sim.createCall({ state: "talk", contact_phone_number: "79031234567" });
    const held = await sim.createCall({
      state: "hold",
      contact_phone_number: "79037654321",
      virtual_phone_number: "74951045771",
    });
    await loginAs(page, "operator");
    await expect(page.getByText("Live", { exact: true })).toBeVisible({ timeout: 20_000 });

    const row = callRow(page, "79031234567");
    await expect(row).toBeVisible();
    await expect(row).toContainText("In");
    await expect(row).toContainText("74993720692");
    await expect(row).toContainText("Talk");
    await expect(row).toContainText("Анна Смирнова (operator)");
    await expect(row).toContainText("Talking");
    await expect(callRow(page, "79037654321")).toContainText("On hold");
    await expect(page.getByText("2 of 2 calls")).toBeVisible();

    // Its running timer is drawn in the board's timer layer: level with its row, under the
    // Duration heading.
    const timer = page.locator(`[data-timer-for="${talking.call_session_id}"]`);
    await expect(timer).toHaveText(/^\d{2}:\d{2}$/);
    const heading = page.locator(".call-row-header .cell").filter({ hasText: "Duration" });
    const [rowBox, timerBox, headingBox] = await Promise.all([
      row.boundingBox(),
      timer.boundingBox(),
      heading.boundingBox(),
    ]);
    if (!rowBox || !timerBox || !headingBox) throw new Error("the row, timer or heading is hidden");
    expect(timerBox.y).toBeGreaterThanOrEqual(rowBox.y);
    expect(timerBox.y + timerBox.height).toBeLessThanOrEqual(rowBox.y + rowBox.height);
    expect(Math.abs(timerBox.x - headingBox.x)).toBeLessThanOrEqual(1);

    // Selecting shows the legs, with the operator flag and the canonical state per leg.
    await row.click();
    const detail = page.getByRole("region", { name: `Call ${talking.call_session_id}` });
    await expect(detail.getByText("Participants")).toBeVisible();
    await expect(detail.getByRole("listitem").filter({ hasText: "Анна Смирнова" })).toContainText(
      "operator",
    );

    // A change in the simulator reaches the board without a reload: the held call ends.
    await sim.advance(1);
    const ended = await page.request.delete(`/api/calls/${held.call_session_id}`, {
      headers: { "X-CSRF-Token": await csrf(page) },
    });
    expect(ended.ok()).toBe(true);
    await sim.advance(10);
    await expect(callRow(page, "79037654321")).toHaveCount(0);
    await expect(page.getByText("1 of 1 call")).toBeVisible();
  });

  test("filters by direction, virtual number and my calls, and searches by number", async ({
    page,
    sim,
  }) => {
    await sim.createCall({ state: "talk", contact_phone_number: "79030000011", employee_id: 25 });
    await sim.createCall({
      state: "talk",
      direction: "out",
      contact_phone_number: "79030000022",
      virtual_phone_number: "74951045771",
      employee_id: 27,
    });
    await loginAs(page, "operator");
    await expect(page.getByText("2 of 2 calls")).toBeVisible();

    await page.getByLabel("Direction").selectOption("out");
    await expect(callRow(page, "79030000022")).toBeVisible();
    await expect(callRow(page, "79030000011")).toHaveCount(0);
    await page.getByRole("button", { name: "Clear filters" }).click();

    await page.getByLabel("Virtual number").selectOption("74951045771");
    await expect(page.getByText("1 of 2 calls")).toBeVisible();
    await expect(callRow(page, "79030000022")).toBeVisible();
    await page.getByRole("button", { name: "Clear filters" }).click();

    // The demo operator is linked to employee 25.
    await page.getByLabel("My calls").check();
    await expect(callRow(page, "79030000011")).toBeVisible();
    await expect(callRow(page, "79030000022")).toHaveCount(0);
    await page.getByLabel("My calls").uncheck();

    await page.getByLabel("Search by number").fill("+7 903 000-00-22");
    await expect(page.getByText("1 of 2 calls")).toBeVisible();
    await expect(callRow(page, "79030000022")).toBeVisible();
    await page.getByLabel("Search by number").fill("555");
    await expect(page.getByText("No call matches the filters.")).toBeVisible();
  });

  test("a new incoming call is highlighted as new", async ({ page, sim }) => {
    await sim.createCall({ state: "talk", contact_phone_number: "79030000033" });
    await loginAs(page, "operator");
    await expect(callRow(page, "79030000033")).toBeVisible();
    await expect(callRow(page, "79030000033")).not.toContainText("New");

    await sim.createCall({ state: "ringing", contact_phone_number: "79030000044" });
    const fresh = callRow(page, "79030000044");
    await expect(fresh).toContainText("New");
    await expect(fresh).toContainText("Ringing");
    await expect(fresh).toHaveAttribute("data-new", "true");
    // Looking at it acknowledges it.
    await fresh.click();
    await expect(fresh).not.toContainText("New");
  });

  test("falls back to polling when the live stream keeps failing, and says so", async ({
    page,
    sim,
  }) => {
    await page.route("**/api/calls/events", (route) => route.abort());
    await sim.createCall({ state: "talk", contact_phone_number: "79030000055" });
    await loginAs(page, "operator");
    await expect(page.getByText("Live (polling)", { exact: true })).toBeVisible({
      timeout: 20_000,
    });
    await expect(callRow(page, "79030000055")).toBeVisible();
    await sim.createCall({ state: "talk", contact_phone_number: "79030000066" });
    await expect(callRow(page, "79030000066")).toBeVisible();
  });

  test("says how old the data is when the Call API stops answering", async ({ page, sim }) => {
    await sim.createCall({ state: "talk", contact_phone_number: "79030000077" });
    await loginAs(page, "operator");
    await expect(page.getByText("Live", { exact: true })).toBeVisible();
    await sim.injectFault({ kind: "http_503", count: 1000, method: "list.calls" });
    await expect(page.getByText(/^Data \d+ s old$/)).toBeVisible({ timeout: 20_000 });
    await expect(callRow(page, "79030000077")).toBeVisible();
    await sim.clearFaults();
    await expect(page.getByText("Live", { exact: true })).toBeVisible({ timeout: 20_000 });
  });
});

async function csrf(page: import("@playwright/test").Page): Promise<string> {
  const session = await page.request.get("/api/session");
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}
