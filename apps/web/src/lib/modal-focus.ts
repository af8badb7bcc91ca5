/**
 * Keeps the keyboard inside an open modal dialog. Mantine's focus trap holds Tab while focus is
 * in the dialog, but when the focused button is disabled (a `loading` button) or removed (a step
 * of a flow replaced), the browser drops focus on <body>: the next Enter then reached the board's
 * shortcuts and the actions behind the modal. Mantine renders dialogs in portals
 * (`[data-portal]`), so anything outside a portal is "behind" the modal.
 */

const MODAL = '[role="dialog"][aria-modal="true"]';

/** The open modal dialog on top, if any (the last one in document order). */
export function topModal(doc: Document = document): HTMLElement | null {
  const dialogs = doc.querySelectorAll<HTMLElement>(MODAL);
  return dialogs[dialogs.length - 1] ?? null;
}

/** Focuses the dialog's preferred control (`data-autofocus`, enabled) or the dialog itself. */
export function focusInto(dialog: HTMLElement): void {
  const preferred = dialog.querySelector<HTMLElement>(
    "[data-autofocus]:not(:disabled):not([data-loading])",
  );
  (preferred ?? dialog).focus();
}

function isBehindModal(target: EventTarget | null, doc: Document): boolean {
  if (!target || target === doc.body || target === doc.documentElement || target === doc)
    return true;
  if (typeof (target as Element).closest !== "function") return false;
  return (target as Element).closest("[data-portal]") === null;
}

/**
 * Installs the guard on the window (capture, before React and the board's listeners): a key
 * pressed while a modal is open and focus is behind it moves focus into the modal and goes no
 * further. Escape passes, so Mantine still closes the modal. Returns the uninstall function.
 */
export function installModalFocusGuard(win: Window = window): () => void {
  const doc = win.document;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") return;
    const modal = topModal(doc);
    if (!modal || !isBehindModal(event.target, doc)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    focusInto(modal);
  };
  // Focus that lands behind an open modal (a click on the overlay's edge, a script) goes back in.
  const onFocusIn = (event: FocusEvent) => {
    const modal = topModal(doc);
    if (modal && isBehindModal(event.target, doc)) focusInto(modal);
  };
  win.addEventListener("keydown", onKeyDown, true);
  win.addEventListener("focusin", onFocusIn, true);
  return () => {
    win.removeEventListener("keydown", onKeyDown, true);
    win.removeEventListener("focusin", onFocusIn, true);
  };
}
