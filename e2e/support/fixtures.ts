import { createSimControl } from "@callboard/callapi-sim";
import { test as base, expect, type Page } from "@playwright/test";
import { E2E_SIM_PORT } from "../../playwright.config";

export type SimControl = ReturnType<typeof createSimControl>;
export type DemoRole = "operator" | "supervisor" | "admin";

/** The simulator's control API behind the BFF under test (manual clock, no inbound generator). */
export const sim: SimControl = createSimControl(`http://127.0.0.1:${E2E_SIM_PORT}/control`);

/** Logs in through the login page with a demo account (password "demo") and waits for the board. */
export async function loginAs(page: Page, role: DemoRole): Promise<void> {
  await page.goto("/");
  await page.getByLabel(/^(Username|Имя пользователя)/).fill(role);
  await page.getByLabel(/^(Password|Пароль)/).fill("demo");
  await page.getByRole("button", { name: /^(Log in|Войти)$/ }).click();
  await expect(page.getByRole("navigation", { name: /Main|Главное меню/ })).toBeVisible();
}

/**
 * Every test starts from a seeded simulator: no calls, full limits, empty request log. The
 * browser's localStorage starts empty too (each test gets a fresh context).
 */
export const test = base.extend<{ sim: SimControl }>({
  sim: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
    async ({}, use) => {
      await sim.reset();
      await use(sim);
    },
    { auto: true },
  ],
});

export { expect };

/** The board's list of calls, and one call's row in it by the contact number. */
export function callRow(page: Page, contact: string) {
  return page
    .getByRole("listbox", { name: /^(Calls|Звонки)$/ })
    .getByRole("option", { name: new RegExp(contact) });
}

/** Polls the simulator until `check` holds for the session (bounded; no fixed sleeps). */
export async function expectSimCall(
  id: number,
  check: (call: Awaited<ReturnType<SimControl["getCall"]>>) => boolean,
  message = "simulator call state",
): Promise<void> {
  await expect
    .poll(async () => check(await sim.getCall(id)), { message, timeout: 10_000 })
    .toBe(true);
}
