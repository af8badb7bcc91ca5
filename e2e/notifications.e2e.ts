import { callRow, expect, loginAs, type SimControl, test } from "./support";

/** The body CallGear renders from the kit's "Inbound call" template for one call. */
function incomingCallBody(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
    JSON.stringify(values[name] ?? null),
  );
}

/** How many "Inbound call" notifications the simulator has delivered to the BFF. */
async function incomingSent(sim: SimControl): Promise<number> {
  const configured = await sim.notifications();
  return configured
    .filter((entry) => entry.trigger === "incoming_call")
    .reduce((sum, entry) => sum + entry.sent, 0);
}

test.describe("CallGear notifications", () => {
  test("a call that rings shows on the board within a second, with no list.calls between", async ({
    page,
    sim,
  }) => {
    await loginAs(page, "admin");
    const kitReply = await page.request.get("/api/admin/notification-kit");
    expect(kitReply.ok()).toBe(true);
    const kit = (await kitReply.json()) as {
      url: string;
      events: { event: string; body: string }[];
    };
    const incoming = kit.events.find((entry) => entry.event === "incoming_call");
    if (!incoming) throw new Error("no incoming_call in the kit");

    await page.getByRole("link", { name: "Board" }).click();
    await expect(page.getByText("No active calls.")).toBeVisible();
    // This minute's points down to the actions' reserve: once a reconciliation has seen that,
    // the plan holds list.calls back until the minute resets, and only events can move the board.
    await sim.setLimits({ minute_remaining: 40 });
    await sim.clearRequests();
    await expect.poll(async () => (await sim.requests("list.calls")).length).toBeGreaterThan(0);
    const call = await sim.createCall({ state: "ringing", contact_phone_number: "79035550101" });
    await sim.clearRequests();

    const body = incomingCallBody(incoming.body, {
      notification_time: "2026-12-05 10:00:00",
      virtual_phone_number: "74993720692",
      contact_phone_number: "79035550101",
      call_session_id: call.call_session_id,
    });
    const posted = await page.request.post(kit.url, {
      data: body,
      headers: { "Content-Type": "application/json" },
    });
    expect(posted.status()).toBe(200);
    await expect(callRow(page, "79035550101")).toBeVisible({ timeout: 1_000 });
    expect(await sim.requests("list.calls")).toEqual([]);
    await sim.setLimits({ minute_remaining: 150 });
  });

  test("the admin's kit page lists every trigger with its body and self-test", async ({ page }) => {
    await loginAs(page, "admin");
    await page.getByRole("link", { name: "Notifications" }).click();
    await expect(page.getByRole("heading", { name: "CallGear notifications" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy the URL" })).toBeVisible();
    for (const trigger of ["Talk started", "Call finished", "Lost call"]) {
      const card = page.getByRole("region", { name: trigger });
      await expect(card.getByRole("button", { name: `Copy the body of ${trigger}` })).toBeVisible();
    }
    // The demo's simulator posts the kit's notifications, so earlier journeys may have filled
    // the self-test: each trigger either waits for its first notification or says when it came.
    const talkStarted = page.getByRole("region", { name: "Talk started" });
    await expect(
      talkStarted.getByText(/Waiting for the first 'Talk started'|Last arrived at/),
    ).toBeVisible();
  });

  test("npm start's simulator posts the kit's notifications, which bring a ringing call", async ({
    page,
    sim,
  }) => {
    await loginAs(page, "operator");
    await expect(page.getByText("Live", { exact: true })).toBeVisible();
    const sentBefore = await incomingSent(sim);
    await sim.createCall({ state: "ringing", contact_phone_number: "79035550202" });
    await expect(callRow(page, "79035550202")).toBeVisible({ timeout: 1_000 });
    // The simulator's own "Inbound call" notification, configured from the kit, carried it.
    await expect.poll(() => incomingSent(sim)).toBeGreaterThan(sentBefore);
  });
});
