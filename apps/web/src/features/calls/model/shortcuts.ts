import { topModal } from "../../../lib/modal-focus";
import type { CallsKey } from "../i18n";
import type { BoardCommand } from "./board-commands";

export type ShortcutAction = BoardCommand | "next" | "previous" | "search" | "help";

/** The board's single-key shortcuts (no modifier); listed in the help dialog in this order. */
export const shortcuts: { keys: string[]; action: ShortcutAction; label: CallsKey }[] = [
  { keys: ["N", "↓"], action: "next", label: "sc_next" },
  { keys: ["P", "↑"], action: "previous", label: "sc_previous" },
  { keys: ["Enter"], action: "focusActions", label: "sc_open" },
  { keys: ["H"], action: "toggleHold", label: "sc_hold" },
  { keys: ["T"], action: "transfer", label: "sc_transfer" },
  { keys: ["B"], action: "blindTransfer", label: "sc_blind" },
  { keys: ["K"], action: "keypad", label: "sc_keypad" },
  { keys: ["R"], action: "toggleRecording", label: "sc_record" },
  { keys: ["G"], action: "tag", label: "sc_tag" },
  { keys: ["E"], action: "end", label: "sc_end" },
  { keys: ["/"], action: "search", label: "sc_search" },
  { keys: ["?"], action: "help", label: "sc_help" },
];

const byKey: Record<string, ShortcutAction> = {
  n: "next",
  arrowdown: "next",
  p: "previous",
  arrowup: "previous",
  enter: "focusActions",
  h: "toggleHold",
  t: "transfer",
  b: "blindTransfer",
  k: "keypad",
  r: "toggleRecording",
  g: "tag",
  e: "end",
  "/": "search",
  "?": "help",
};

/**
 * The key a press means, whatever the keyboard layout: letters by their physical key
 * (`code` "KeyK" is K on a Russian layout too, where `key` is "л"), the slash key by its place
 * ("?" with Shift), anything else by `key`.
 */
function keyOf(event: { key: string; code?: string; shiftKey?: boolean }): string {
  const letter = /^Key([A-Z])$/.exec(event.code ?? "")?.[1];
  if (letter) return letter.toLowerCase();
  // On layouts where that key types something else ('.' on Russian), its place decides.
  if (event.code === "Slash" && event.key !== "/" && event.key !== "?") {
    return event.shiftKey ? "?" : "/";
  }
  return event.key.toLowerCase();
}

/** Whether a key press belongs to the page's shortcuts rather than to what has focus. */
export function shortcutFor(event: {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  // Nothing behind an open modal answers the keyboard (lib/modal-focus.ts).
  if (typeof document !== "undefined" && topModal(document)) return null;
  const target = event.target as HTMLElement | null;
  if (target && typeof target.closest === "function") {
    // Typing in a field, or working inside a dialog, menu or button: not a shortcut.
    if (target.closest("input, textarea, select, [contenteditable=''], [contenteditable='true']"))
      return null;
    if (target.closest("[role='dialog'], [role='menu']")) return null;
  }
  const action = byKey[keyOf(event)] ?? null;
  // Enter on a button or link activates it; arrows in the listbox move there already.
  if (target && typeof target.closest === "function") {
    if (action === "focusActions" && target.closest("button, a, [role='listbox']")) return null;
    if (
      (event.key === "ArrowDown" || event.key === "ArrowUp") &&
      target.closest("[role='listbox']")
    )
      return null;
  }
  return action;
}
