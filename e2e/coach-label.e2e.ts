import { expect, expectSimCall, notification, openCall, test } from "./support";

test("the coach's leg is labelled as the coach, in English and Russian", async ({ page, sim }) => {
  const { id, detail } = await openCall(
    page,
    sim,
    { state: "talk", contact_phone_number: "79040000031" },
    "supervisor",
  );
  const participants = detail.getByRole("list").last();
  await expect(participants.getByText("coach", { exact: true })).toHaveCount(0);
  await detail.getByRole("button", { name: "Add coach…" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a coach" });
  await dialog.getByRole("button", { name: "Add coach" }).click();
  await expect(notification(page, "Coach added")).toBeVisible();
  await expectSimCall(id, (call) => call?.coach !== null);
  const sim31 = (await sim.getCall(id))?.legs.find((leg) => leg.role === "coach");
  const coachItem = participants.getByRole("listitem").filter({ hasText: "coach" });
  await expect(coachItem).toHaveCount(1);
  await expect(coachItem).toContainText(sim31?.employee_full_name ?? "");
  // Only that leg: the operator's and the contact's keep their own labels.
  await expect(
    participants.getByRole("listitem").filter({ hasText: "operator" }),
  ).not.toContainText("coach");

  await page.evaluate(() => {
    const key = "callboard.settings";
    const stored = JSON.parse(localStorage.getItem(key) ?? "{}");
    localStorage.setItem(key, JSON.stringify({ ...stored, language: "ru" }));
  });
  await page.reload();
  await page.getByRole("listbox", { name: "Звонки" }).getByRole("option").first().click();
  const ruDetail = page.getByRole("region", { name: `Звонок ${id}` });
  await expect(ruDetail.getByRole("listitem").filter({ hasText: "тренер" })).toContainText(
    sim31?.employee_full_name ?? "",
  );
});
