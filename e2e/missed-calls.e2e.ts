import { callRow, expect, loginAs, openCall, test } from "./support";

const CALLER = "79035551234";

test.describe("missed calls", () => {
  test("a lost call is claimed by one operator, seen claimed by the other, and called back once", async ({
    page,
    browser,
    sim,
  }) => {
    // Two browsers and a call-back's whole life: longer than one page's journey.
    test.setTimeout(120_000);
    // A caller rings and the call ends before anyone answers.
    const { detail } = await openCall(page, sim, {
      state: "ringing",
      contact_phone_number: CALLER,
    });
    const otherContext = await browser.newContext();
    const other = await otherContext.newPage();
    await loginAs(other, "supervisor");
    await detail.getByRole("button", { name: "End call…" }).click();
    await page
      .getByRole("dialog", { name: "End the call?" })
      .getByRole("button", { name: "End call" })
      .click();
    await sim.advance(10);
    await expect(callRow(page, CALLER)).toHaveCount(0);

    // Both see it in the queue, with the count in the navigation.
    for (const board of [page, other]) {
      await board.getByRole("link", { name: /^Missed/ }).click();
      await expect(board.getByTestId(`missed-${CALLER}`)).toBeVisible();
    }
    // Earlier journeys' lost calls may wait too (the simulator posts every lost call).
    await expect(page.getByRole("status", { name: /^\d+ missed calls? waiting$/ })).toBeVisible();

    // One claims it; the other's board shows it claimed without a reload.
    const mine = page.getByTestId(`missed-${CALLER}`);
    await mine.getByRole("button", { name: "Claim" }).click();
    await expect(other.getByTestId(`missed-${CALLER}`)).toContainText("Claimed by");
    await expect(other.getByTestId(`missed-${CALLER}`).getByRole("button")).toHaveCount(0);

    // A double click dials once.
    await mine.getByRole("button", { name: "Call back" }).dblclick();
    await expect(mine).toContainText("is calling back");
    await expect.poll(async () => (await sim.requests("start.employee_call")).length).toBe(1);

    // Both parties answer; the BFF sees the talk, then the call ends: the item closes.
    await sim.advance(10);
    await expect
      .poll(async () => {
        const reply = await page.request.get("/api/calls");
        const list = (await reply.json()) as { calls: { contactNumber: string; phase: string }[] };
        return list.calls.find((call) => call.contactNumber === CALLER)?.phase;
      })
      .toBe("talk");
    await sim.advance(320);
    await expect(mine).toContainText("Called back");
    await expect(other.getByTestId(`missed-${CALLER}`)).toContainText("Called back");
    expect((await sim.requests("start.employee_call")).length).toBe(1);

    // The finished call is in recent calls.
    await page.getByRole("link", { name: "Recent calls" }).click();
    await expect(page.getByRole("table", { name: "Recent calls" })).toContainText(CALLER);
    await otherContext.close();
  });
});
