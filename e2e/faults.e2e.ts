import type { Page } from "@playwright/test";
import { callRow, expect, expectSimCall, loginAs, notification, openCall, test } from "./support";

/** Marks the page, so a test can prove later that it recovered without a reload. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });
}

async function expectNotReloaded(page: Page): Promise<void> {
  expect(
    await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
  ).toBe(true);
}

test.describe("the console under upstream faults", () => {
  test("an action that fails upstream shows the human message, and the next try works", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79050000001",
    });
    await markPage(page);
    await sim.injectFault({ kind: "http_502", method: "hold.call" });

    await detail.getByRole("button", { name: "Hold", exact: true }).click();
    await expect(notification(page, "CallGear's server answered with an error.")).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "TALK");

    // The fault was one reply: the same button works now, on the same page.
    await detail.getByRole("button", { name: "Hold", exact: true }).click();
    await expect(notification(page, "Caller on hold")).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "HOLD");
    await expectNotReloaded(page);
  });

  test("a lost connection says CallGear cannot be reached and when to try again", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79050000002",
    });
    await sim.injectFault({ kind: "drop_connection", method: "hold.call" });
    await detail.getByRole("button", { name: "Hold", exact: true }).click();
    const failure = notification(page, "CallGear cannot be reached.");
    await expect(failure).toBeVisible();
    await expect(failure).toContainText("You can try again in 5 s.");
    await expectSimCall(id, (call) => call?.state === "TALK");
  });

  test("an action over the minute budget says so and when to retry, and works once it fits", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79050000003",
    });
    await markPage(page);
    // Holding costs more than the minute allows; the feed's polls still fit, so the board stays
    // live. The simulated minute is moved to 3 s before its end, so the wait it asks for is short.
    const { minute_limit, minute_reset } = await sim.getLimits();
    await sim.advance(Math.max(0, minute_reset - 3));
    await sim.setLimits({ weights: { "hold.call": minute_limit + 1 } });
    await detail.getByRole("button", { name: "Hold", exact: true }).click();
    const refusal = notification(
      page,
      `The Call API limit per minute has been used up (the limit is ${minute_limit} points).`,
    );
    await expect(refusal).toBeVisible();
    await expect(refusal).toContainText(/You can try again in \d+ s\./);
    const heldBack = page.getByRole("status").filter({ hasText: "The API budget is spent." });
    await expect(heldBack).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "TALK");

    await sim.setLimits({ weights: { "hold.call": 1 } });
    // The console lifts the hold-back by itself once the wait is over.
    await expect(heldBack).toHaveCount(0, { timeout: 15_000 });
    await detail.getByRole("button", { name: "Hold", exact: true }).click();
    await expect(notification(page, "Caller on hold")).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "HOLD");
    await expectNotReloaded(page);
  });

  test("a feed outage shows why on the indicator, and the board catches up by itself", async ({
    page,
    sim,
  }) => {
    await sim.createCall({ state: "talk", contact_phone_number: "79050000004" });
    await loginAs(page, "operator");
    const indicator = page.locator(".connection-indicator");
    await expect(indicator).toHaveAttribute("data-state", "live");
    await markPage(page);

    await sim.injectFault({ kind: "http_500", count: 10_000, method: "list.calls" });
    await expect(indicator).toHaveAttribute(
      "title",
      "The Call API is not answering: CallGear's server answered with an error.",
      { timeout: 15_000 },
    );
    await expect(page.getByText(/^Data \d+ s old$/)).toBeVisible({ timeout: 20_000 });
    // The last known calls stay on the board meanwhile.
    await expect(callRow(page, "79050000004")).toBeVisible();
    // A call that starts while the feed is blind...
    await sim.createCall({ state: "talk", contact_phone_number: "79050000005" });

    await sim.clearFaults();
    await expect(indicator).toHaveAttribute("data-state", "live", { timeout: 20_000 });
    await expect(indicator).not.toHaveAttribute("title", /not answering/);
    // ...is on the board once the feed sees again, without a reload.
    await expect(callRow(page, "79050000005")).toBeVisible();
    await expectNotReloaded(page);
  });
});
