import { Modal, type ModalProps } from "@mantine/core";
import { type RefObject, useEffect, useRef, useState } from "react";
import { focusInto } from "../lib/modal-focus";

function usable(element: Element | null): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    !element.matches(":disabled, [data-loading]") &&
    element.closest('[role="dialog"]') === null
  );
}

/**
 * Where focus goes when the opener is gone: the nearest place marked `data-focus-return` (the
 * call's detail pane), else the page's main region.
 */
function fallbackTarget(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>("[data-focus-return]") ?? document.getElementById("main")
  );
}

/**
 * Gives focus back when a dialog mounted for the occasion unmounts. Mantine returns focus only
 * when `opened` turns false; our dialogs are rendered while open and removed on close, so focus
 * fell on <body> (and Enter then reached the board's shortcuts). Back to the control that had
 * focus before the dialog, or, when that is gone or disabled (the call ended), to `fallback`.
 */
export function useReturnFocus(fallback: () => HTMLElement | null = fallbackTarget): void {
  const [opener] = useState(() =>
    typeof document === "undefined" ? null : document.activeElement,
  );
  const fallbackRef = useRef(fallback);
  fallbackRef.current = fallback;
  useEffect(
    () => () => {
      // After React has removed the dialog, and after anything that placed focus on purpose.
      setTimeout(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return;
        const target = usable(opener) ? opener : fallbackRef.current();
        target?.focus({ preventScroll: true });
      }, 0);
    },
    [opener],
  );
}

/**
 * Moves focus into the dialog around `ref` whenever `key` changes (a step of a flow replaced the
 * focused control): to its `data-autofocus` control, or the dialog itself, unless the new step
 * has focused a control of its own.
 */
export function useFocusOnChange(ref: RefObject<HTMLElement | null>, key: string): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the step (key) changes.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const dialog = ref.current?.closest<HTMLElement>('[role="dialog"]');
    if (!dialog) return;
    // The new step focused a control of its own (autoFocus): keep it.
    const active = document.activeElement;
    if (active !== dialog && active instanceof HTMLElement && dialog.contains(active)) return;
    focusInto(dialog);
  }, [key]);
}

export type DialogProps = ModalProps & {
  /** Where focus goes on close when the control that opened the dialog is gone or disabled. */
  returnFocusTo?: () => HTMLElement | null;
};

/** Mantine's modal (focus trapped while open) that gives focus back when it is removed. */
export function Dialog({ returnFocusTo, ...props }: DialogProps) {
  useReturnFocus(returnFocusTo);
  return <Modal {...props} />;
}
