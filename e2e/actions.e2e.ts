import { expect, expectSimCall, notification, openCall, test } from "./support";

test.describe("actions on a call", () => {
  test("hold with the default message and resume, each with progress and result", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000001",
    });
    const holdRequest = page.waitForRequest((request) =>
      request.url().endsWith(`/api/calls/${id}/hold`),
    );
    await detail.getByRole("button", { name: "Hold", exact: true }).click();
    const sent = await holdRequest;
    expect(sent.headers()["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    await expect(notification(page, "Caller on hold")).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "HOLD" && call.hold_message?.type === "tts");
    await expect(detail.getByText("On hold").first()).toBeVisible();

    await detail.getByRole("button", { name: "Resume" }).click();
    await expect(notification(page, "Caller resumed")).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "TALK");
  });

  test("hold with a media file picked by name", async ({ page, sim }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000002",
    });
    await detail.getByRole("button", { name: "Hold with message…" }).click();
    const dialog = page.getByRole("dialog", { name: "Hold the caller" });
    await dialog.getByLabel("A media file").check();
    await dialog.getByRole("button", { name: "Hold", exact: true }).click();
    await expect(dialog.getByText("Required")).toBeVisible();
    await dialog.getByLabel("Media file", { exact: true }).click();
    await page.getByRole("option", { name: "Hold music" }).click();
    // A valid choice takes the "Required" back at once.
    await expect(dialog.getByText("Required")).toHaveCount(0);
    await dialog.getByRole("button", { name: "Hold", exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expectSimCall(
      id,
      (call) => call?.state === "HOLD" && call.hold_message?.value === "2034",
    );
  });

  test("consult a colleague, then transfer the caller to them", async ({ page, sim }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000003",
    });
    await detail.getByRole("button", { name: "Consult & transfer…" }).click();
    const dialog = page.getByRole("dialog", { name: "Consult and transfer" });
    await dialog.getByRole("button", { name: "Hold the caller", exact: true }).click();
    await expectSimCall(id, (call) => call?.state === "HOLD");

    await dialog.getByLabel("Employee", { exact: true }).click();
    await page.getByRole("option", { name: /Dmitry Ivanov/ }).click();
    await expect(dialog.getByRole("textbox", { name: "Or a number" })).toHaveValue("79261112233");
    await dialog.getByRole("button", { name: "Dial", exact: true }).click();
    await expectSimCall(id, (call) => call?.state === "DIALING");
    await expect(dialog.getByText(/Dialing Dmitry Ivanov/)).toBeVisible();

    await sim.advance(6);
    await expect(dialog.getByText(/Dmitry Ivanov answered/)).toBeVisible();
    await dialog.getByRole("button", { name: "Transfer caller" }).click();
    await expect(dialog.getByText("The caller was transferred.")).toBeVisible();
    await expectSimCall(
      id,
      (call) => call?.history.some((step) => step.by === "transfer.talk") === true,
    );
  });

  test("a consult that is not answered offers the way back to the caller", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "hold",
      contact_phone_number: "79040000004",
    });
    await detail.getByRole("button", { name: "Consult & transfer…" }).click();
    const dialog = page.getByRole("dialog", { name: "Consult and transfer" });
    // Numbers ending in 000 never answer in the simulator.
    await dialog.getByRole("textbox", { name: "Or a number" }).fill("79260000000");
    await dialog.getByRole("button", { name: "Dial", exact: true }).click();
    await expectSimCall(id, (call) => call?.state === "DIALING");
    await sim.advance(21);
    await expect(dialog.getByRole("alert")).toContainText("did not go through");
    await dialog.getByRole("button", { name: "Return to caller" }).click();
    await expect(dialog.getByText("You are back with the caller.")).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "TALK");
  });

  test("a wrong number is caught in the browser, before anything is sent", async ({
    page,
    sim,
  }) => {
    const { detail } = await openCall(page, sim, {
      state: "hold",
      contact_phone_number: "79040000005",
    });
    await sim.clearRequests();
    await detail.getByRole("button", { name: "Consult & transfer…" }).click();
    const dialog = page.getByRole("dialog", { name: "Consult and transfer" });
    await dialog.getByRole("textbox", { name: "Or a number" }).fill("12");
    await dialog.getByRole("button", { name: "Dial", exact: true }).click();
    await expect(dialog.getByText("Enter a phone number, e.g. +7 926 123-45-67.")).toBeVisible();
    expect(await sim.requests("make.call")).toHaveLength(0);
  });

  test("a number typed with spaces and dashes is dialled as E.164 digits", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "hold",
      contact_phone_number: "79040000015",
    });
    await detail.getByRole("button", { name: "Consult & transfer…" }).click();
    const dialog = page.getByRole("dialog", { name: "Consult and transfer" });
    const number = dialog.getByRole("textbox", { name: "Or a number" });
    // Nothing is said against an empty field.
    await expect(dialog.getByText(/Enter a phone number/)).toHaveCount(0);
    await number.fill("8 (926) 111-22-33");
    await expect(number).toHaveAccessibleDescription("Will dial 79261112233.");
    await dialog.getByRole("button", { name: "Dial", exact: true }).click();
    await expectSimCall(id, (call) => call?.state === "DIALING");
    const [dialled] = await sim.requests("make.call");
    expect(dialled?.params).toMatchObject({ to: "79261112233" });
  });

  test("blind transfer hands the caller over", async ({ page, sim }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000006",
    });
    await detail.getByRole("button", { name: "Blind transfer…" }).click();
    const dialog = page.getByRole("dialog", { name: "Blind transfer" });
    await dialog.getByLabel("Employee", { exact: true }).click();
    await page.getByRole("option", { name: /Dmitry Ivanov/ }).click();
    await dialog.getByRole("button", { name: "Transfer" }).click();
    await expect(
      notification(page, "Caller transferred to Dmitry Ivanov (79261112233)"),
    ).toBeVisible();
    const methods = (await sim.requests()).map((request) => request.method);
    expect(methods).toEqual(expect.arrayContaining(["hold.call", "make.call", "transfer.talk"]));
    await expectSimCall(
      id,
      (call) => call?.history.some((step) => step.by === "transfer.talk") === true,
    );
  });

  test("tag by name, recording on and off, keypad", async ({ page, sim }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000007",
    });

    await detail.getByRole("button", { name: "Tag…" }).click();
    const tagDialog = page.getByRole("dialog", { name: "Tag the call" });
    await tagDialog.getByLabel("Tag", { exact: true }).fill("Sal");
    await page.getByRole("option", { name: "Sale" }).click();
    await tagDialog.getByRole("button", { name: "Tag", exact: true }).click();
    await expect(notification(page, "Tagged Sale")).toBeVisible();
    await expectSimCall(id, (call) => call?.tags.some((tag) => tag.tag_name === "Sale") === true);
    await expect(detail.getByText("Sale")).toBeVisible();

    await detail.getByRole("button", { name: "Start recording" }).click();
    await expectSimCall(id, (call) => call?.recording === true);
    await detail.getByRole("button", { name: "Stop recording" }).click();
    await expectSimCall(id, (call) => call?.recording === false);

    await detail.getByRole("button", { name: "Keypad…" }).click();
    const keypad = page.getByRole("dialog", { name: "Keypad (DTMF)" });
    await keypad.getByRole("button", { name: "Send 5" }).click();
    await expect(keypad.getByText("Sent: 5")).toBeVisible();
    await page.keyboard.press("#");
    await expect(keypad.getByText("Sent: 5#")).toBeVisible();
    await expectSimCall(id, (call) => call?.dtmf_sent.join("") === "5#");
  });

  test("talk options come from the PBX and press their button", async ({ page, sim }) => {
    const { detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000008",
    });
    await detail.getByRole("button", { name: "Talk options" }).click();
    const items = page.getByRole("menuitem");
    await expect(items.first()).toBeVisible();
    await page.getByRole("menuitem", { name: /\(2\)$/ }).click();
    await expect
      .poll(async () =>
        (await sim.requests("call.talk_option")).map(
          (r) => (r.params as { button?: string }).button,
        ),
      )
      .toEqual(["2"]);
  });

  test("disconnect a leg, block the caller and end the call, each confirmed", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000009",
    });

    await detail.getByRole("button", { name: "Block caller…" }).click();
    const block = page.getByRole("dialog", { name: "Block the caller?" });
    await block.getByRole("button", { name: "Cancel" }).click();
    expect(await sim.requests("block.contact")).toHaveLength(0);
    await detail.getByRole("button", { name: "Block caller…" }).click();
    await block.getByRole("button", { name: "Block caller" }).click();
    await expect(notification(page, "Caller blocked")).toBeVisible();
    expect(await sim.requests("block.contact")).toHaveLength(1);

    await detail.getByRole("button", { name: "End call…" }).click();
    await page
      .getByRole("dialog", { name: "End the call?" })
      .getByRole("button", { name: "End call" })
      .click();
    await expect(notification(page, "Call ended")).toBeVisible();
    await expectSimCall(
      id,
      (call) => call === undefined || ["FINISHING", "POST_TALK"].includes(call.state),
    );

    const other = await openCall(
      page,
      sim,
      { state: "talk", contact_phone_number: "79040000010" },
      null,
    );
    await other.detail.getByRole("button", { name: "Disconnect Анна Смирнова" }).click();
    const confirm = page.getByRole("dialog", { name: "Disconnect Анна Смирнова?" });
    // Анна Смирнова is the operator's own employee: the warning speaks of their leg, not the contact's.
    await expect(
      confirm.getByText("You leave the call: your conversation with the contact ends."),
    ).toBeVisible();
    await confirm.getByRole("button", { name: "Disconnect" }).click();
    await expect(notification(page, "Participant disconnected")).toBeVisible();
    await expectSimCall(
      other.id,
      (call) => call?.legs.find((leg) => leg.role === "operator")?.disconnected === true,
    );
  });

  test("supervisors add a coach; operators are not offered it", async ({ page, sim }) => {
    const { id, detail } = await openCall(
      page,
      sim,
      { state: "talk", contact_phone_number: "79040000011" },
      "supervisor",
    );
    await detail.getByRole("button", { name: "Add coach…" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a coach" });
    await dialog.getByRole("button", { name: "Add coach" }).click();
    await expect(notification(page, "Coach added")).toBeVisible();
    await expectSimCall(id, (call) => call?.coach !== null);

    await page.getByRole("button", { name: "Log out" }).click();
    const other = await openCall(page, sim, { state: "talk", contact_phone_number: "79040000012" });
    await expect(other.detail.getByRole("button", { name: "Hold", exact: true })).toBeVisible();
    await expect(other.detail.getByRole("button", { name: "Add coach…" })).toHaveCount(0);
  });

  test("actions are offered only in the phases that allow them", async ({ page, sim }) => {
    const { detail } = await openCall(page, sim, {
      state: "dialing",
      contact_phone_number: "79040000013",
    });
    await expect(detail.getByRole("button", { name: "Hold", exact: true })).toBeDisabled();
    await expect(detail.getByRole("button", { name: "Transfer caller" })).toBeEnabled();
    await expect(detail.getByRole("button", { name: "Return to caller" })).toBeEnabled();
    await detail.getByRole("button", { name: "Return to caller" }).click();
    await expect(detail.getByRole("button", { name: "Hold", exact: true })).toBeEnabled();
  });

  test("an upstream failure is shown as the BFF's message, and a spent budget holds actions back", async ({
    page,
    sim,
  }) => {
    const { id, detail } = await openCall(page, sim, {
      state: "talk",
      contact_phone_number: "79040000014",
    });
    await sim.injectFault({ kind: "http_500", method: "hold.call", count: 5 });
    await detail.getByRole("button", { name: "Hold", exact: true }).click();
    await expect(
      page.locator(".mantine-Notification-root").filter({ hasNotText: "Caller on hold" }),
    ).toBeVisible();
    await expectSimCall(id, (call) => call?.state === "TALK");
    await sim.clearFaults();

    await sim.setLimits({ minute_remaining: 0 });
    await detail.getByRole("button", { name: "Start recording" }).click();
    await expect(page.getByText(/Actions are held back for \d+ s/)).toBeVisible();
    await expect(notification(page, /try again in \d+ s/i)).toBeVisible();

    // Leave the stack as found: budget back, and one successful action makes the BFF poll
    // again at once (its poller backed off after its own 429).
    await sim.setLimits({ minute_remaining: 150 });
    const session = await (await page.request.get("/api/session")).json();
    const recorded = await page.request.post(`/api/calls/${id}/recording`, {
      data: { action: "on" },
      headers: { "X-CSRF-Token": session.csrfToken, "Idempotency-Key": crypto.randomUUID() },
    });
    expect(recorded.ok()).toBe(true);
    await expect(page.getByText("Live", { exact: true })).toBeVisible({ timeout: 20_000 });
  });
});
