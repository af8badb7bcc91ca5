import type { Page } from "@playwright/test";
import { callRow, expect, loginAs, type SimControl } from "./fixtures";

type CreateCall = Parameters<SimControl["createCall"]>[0];

/**
 * Creates a call in the simulator, logs in (unless `role` is null), selects the call on the board and answers its id
 * and the detail pane (where every action on it lives).
 */
export async function openCall(
  page: Page,
  sim: SimControl,
  call: CreateCall & { contact_phone_number: string },
  /** null: already logged in. */
  role: "operator" | "supervisor" | "admin" | null = "operator",
) {
  const created = await sim.createCall(call);
  if (role) await loginAs(page, role);
  await callRow(page, call.contact_phone_number).click();
  const detail = page.getByRole("region", { name: `Call ${created.call_session_id}` });
  await expect(detail).toBeVisible();
  return { id: created.call_session_id, detail };
}

/** A success (or failure) notification with this text. */
export function notification(page: Page, text: string | RegExp) {
  return page.locator(".mantine-Notification-root").filter({ hasText: text });
}
