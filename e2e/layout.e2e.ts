import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { callRow, expect, loginAs, notification, openCall, test } from "./support";

type Language = "en" | "ru";
/**
 * A contact number of each test's own: the board of one test may still show the call of the
 * test before (the simulator was reset, the BFF has yet to reconcile), under the same number.
 */
const contactFor = (width: number, language: "en" | "ru") =>
  `7903${String(width).padStart(4, "0")}${language === "en" ? "11" : "22"}0`;

/** Reloads the console in `language` (the setting lives in localStorage). */
async function useLanguage(page: Page, language: Language) {
  await page.evaluate((lang) => {
    const key = "callboard.settings";
    const stored = JSON.parse(localStorage.getItem(key) ?? "{}");
    localStorage.setItem(key, JSON.stringify({ ...stored, language: lang }));
  }, language);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", language);
}

async function expectNoSidewaysScroll(page: Page, what: string) {
  const sizes = await page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return { scroll: root.scrollWidth, client: root.clientWidth };
  });
  expect(sizes.scroll, `${what}: page width`).toBeLessThanOrEqual(sizes.client);
}

/** Inside the viewport, and the topmost element at its centre is the control or inside it. */
async function expectWhollyVisible(page: Page, control: Locator, what: string) {
  await expect(control, what).toBeVisible();
  const box = await control.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) throw new Error(`${what}: no box`);
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(viewport.height);
  const onTop = await control.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
  expect(onTop, `${what}: not covered`).toBe(true);
  // Its text is whole: nothing cut by an ellipsis or the edge of a shrunk box.
  const cut = await control.evaluate((element) => element.scrollWidth > element.clientWidth + 1);
  expect(cut, `${what}: text cut`).toBe(false);
}

async function expectNotClipped(cell: Locator, what: string) {
  await expect(cell).toBeVisible();
  const sizes = await cell.evaluate((element) => ({
    scroll: element.scrollWidth,
    client: element.clientWidth,
  }));
  expect(sizes.scroll, `${what} clipped`).toBeLessThanOrEqual(sizes.client);
}

async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" | ")}`,
    );
  expect(blocking, `axe on ${what}`).toEqual([]);
}

/** A talking call with a tag and recording on, made through the console at its default size. */
async function recordedTaggedCall(
  page: Page,
  sim: Parameters<typeof openCall>[1],
  contact: string,
) {
  const { detail } = await openCall(
    page,
    sim,
    { state: "talk", contact_phone_number: contact },
    "admin",
  );
  await detail.getByRole("button", { name: "Tag…" }).click();
  const tagDialog = page.getByRole("dialog", { name: "Tag the call" });
  await tagDialog.getByLabel("Tag", { exact: true }).fill("Relev");
  await page.getByRole("option", { name: "Relevant", exact: true }).click();
  await tagDialog.getByRole("button", { name: "Tag", exact: true }).click();
  await expect(notification(page, "Tagged Relevant")).toBeVisible();
  await detail.getByRole("button", { name: "Start recording" }).click();
  await expect(detail.getByRole("button", { name: "Stop recording" })).toBeVisible();
  return detail;
}

const logoutName = /^(Log out|Выйти)$/;
const shortcutsName = /^(Shortcuts|Клавиши) \(\?\)$/;

for (const language of ["en", "ru"] as const) {
  for (const width of [1280, 1024, 800]) {
    test(`board and header at ${width}×720, ${language}`, async ({ page, sim }) => {
      const contact = contactFor(width, language);
      const detail = await recordedTaggedCall(page, sim, contact);
      // A toast is still up: it must not cover the header's buttons.
      await expect(detail).toBeVisible();
      await page.setViewportSize({ width, height: 720 });
      await useLanguage(page, language);
      const row = callRow(page, contact);
      await expect(row).toBeVisible();

      await expectNoSidewaysScroll(page, "board");
      const header = page.locator("header.shell-header");
      await expectWhollyVisible(page, header.getByRole("button", { name: logoutName }), "log out");
      await expectWhollyVisible(
        page,
        header.getByRole("button", { name: shortcutsName }),
        "shortcuts",
      );
      await expectWhollyVisible(page, page.getByTestId("budget-indicator"), "API budget");
      await expect(page.getByTestId("budget-indicator")).toHaveText(/\d+\/\d+/);
      const menu = header.getByRole("button", { name: /^(Menu|Меню)$/ });
      // Admins' nine pages fold into the menu on all three widths.
      await expectWhollyVisible(page, menu, "menu");

      await expectNotClipped(row.locator(".cell-tags"), "tags cell");
      await expect(row.locator(".cell-tags")).toContainText("Relevant");
      await expectNotClipped(row.locator(".chip-rec"), "recording chip");
      const rowHeader = page.locator(".call-row-header");
      await expectNotClipped(rowHeader.locator(".cell-tags"), "tags header");

      if (width < 1000) {
        // The details open as a drawer: focus moves in, Escape closes it, focus is back on the row.
        await row.click();
        const drawer = page.getByRole("dialog", { name: /^(Call|Звонок) \d+$/ });
        await expect(drawer).toBeVisible();
        await expect(drawer).toHaveCSS("opacity", "1");
        await expect
          .poll(() => drawer.evaluate((element) => element.contains(document.activeElement)))
          .toBe(true);
        await expectAccessible(page, `drawer at ${width}, ${language}`);
        await page.keyboard.press("Escape");
        await expect(drawer).toHaveCount(0);
        const list = page.getByRole("listbox", { name: /^(Calls|Звонки)$/ });
        await expect(list).toBeFocused();
        const rowId = await row.getAttribute("id");
        await expect(list).toHaveAttribute("aria-activedescendant", rowId ?? "");
        // Enter on the selected row opens it again.
        await page.keyboard.press("Enter");
        await expect(drawer).toBeVisible();
        await page.keyboard.press("Escape");
        await expect(drawer).toHaveCount(0);
      } else {
        // Both panes side by side: the list does not run under the details.
        const pane = page.getByRole("complementary");
        const listBox = await page.locator(".board-table").boundingBox();
        const paneBox = await pane.boundingBox();
        expect(listBox && paneBox && listBox.x + listBox.width <= paneBox.x + 1).toBe(true);
      }

      // The folded menu opens, lists every page, and closes with Escape onto its button.
      await menu.click();
      await expect(menu).toHaveAttribute("aria-expanded", "true");
      const audit = page.getByRole("link", { name: /^(Audit log|Журнал)$/ });
      await expectWhollyVisible(page, audit, "audit link");
      await expectAccessible(page, `board at ${width}, ${language}, menu open`);
      await page.keyboard.press("Escape");
      await expect(menu).toHaveAttribute("aria-expanded", "false");
      await expect(menu).toBeFocused();
      await expect(audit).toBeHidden();
    });
  }
}

const pages = [
  "/dial",
  "/settings",
  "/users",
  "/audit",
  "/limits",
  "/notifications",
  "/missed",
  "/history",
];

for (const width of [1280, 800]) {
  test(`pages keep off the window's edges at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 720 });
    await loginAs(page, "admin");
    for (const path of pages) {
      await page.goto(path);
      const heading = page.getByRole("heading", { level: 1 }).first();
      await expect(heading).toBeVisible();
      const box = await heading.boundingBox();
      expect(box?.x ?? 0, `${path}: left padding`).toBeGreaterThanOrEqual(12);
      await expectNoSidewaysScroll(page, path);
    }
  });
}

/** Screenshots of the board with the details (or the drawer) in both languages, for docs/ui.md. */
test("screenshots at 1920, 1280 and 800 px", async ({ page, sim }) => {
  await sim.createCall({ state: "hold", contact_phone_number: "79037654321" });
  await sim.createCall({ state: "ringing", contact_phone_number: "79035550000" });
  const contact = contactFor(1920, "en");
  await recordedTaggedCall(page, sim, contact);
  mkdirSync("docs/screenshots", { recursive: true });
  for (const language of ["en", "ru"] as const) {
    for (const width of [1920, 1280, 800]) {
      await page.setViewportSize({ width, height: 720 });
      await useLanguage(page, language);
      const row = callRow(page, contact);
      await row.click();
      const drawer = page.getByRole("dialog", { name: /^(Call|Звонок) \d+$/ });
      const details = width < 1000 ? drawer : page.getByRole("complementary");
      await expect(details.getByRole("heading", { level: 2 })).toBeVisible();
      if (width < 1000) await expect(drawer).toHaveCSS("opacity", "1");
      await expectNoSidewaysScroll(page, `screenshot ${width} ${language}`);
      await page.screenshot({
        path: `docs/screenshots/board-${width}-${language}.png`,
        animations: "disabled",
      });
      if (width < 1000) {
        await page.keyboard.press("Escape");
        await expect(drawer).toHaveCount(0);
      }
    }
  }
});
