import { useEffect, useState } from "react";
import { afterEach, describe, expect, test } from "vitest";
import { userEvent } from "vitest/browser";
import { cleanup, render } from "../../../../test-support/render";
import { shortcutFor } from "../../model/shortcuts";
import { ConfirmDialog } from "./confirm-dialog";

/** The board in miniature: a Hold button, the keyboard shortcuts, and "End call…" asking first. */
function Board({ log, keepOpener = true }: { log: string[]; keepOpener?: boolean }) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (action) log.push(`shortcut:${action}`);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [log]);
  return (
    <section aria-label="Call 1" tabIndex={-1} data-focus-return>
      <button type="button" onClick={() => log.push("hold")}>
        Hold
      </button>
      {!ended && (
        <button type="button" onClick={() => setOpen(true)}>
          End call…
        </button>
      )}
      {open && (
        <ConfirmDialog
          title="End the call?"
          text="The caller is disconnected."
          confirmLabel="End call"
          pending={pending}
          error={null}
          onConfirm={() => {
            setPending(true);
            if (!keepOpener) setEnded(true);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}

const active = () => document.activeElement as HTMLElement | null;
const inDialog = () => Boolean(active()?.closest('[role="dialog"]'));
const button = (name: string) =>
  [...document.querySelectorAll("button")].find((element) => element.textContent === name);

async function openDialog(): Promise<void> {
  button("End call…")?.focus();
  await userEvent.keyboard("{Enter}");
  await expect.poll(() => active()?.textContent).toBe("Cancel");
}

afterEach(cleanup);

describe("a confirming dialog", () => {
  test("opens with Cancel focused and keeps Tab inside", async () => {
    const log: string[] = [];
    await render(<Board log={log} />);
    await openDialog();
    for (let press = 0; press < 6; press++) {
      await userEvent.tab();
      expect(inDialog()).toBe(true);
    }
    await userEvent.tab({ shift: true });
    expect(inDialog()).toBe(true);
  });

  test("Enter never reaches the page behind while its button is busy", async () => {
    const log: string[] = [];
    await render(<Board log={log} />);
    await openDialog();
    button("End call")?.focus();
    // The confirm button turns loading (disabled): the browser drops focus on <body>.
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => button("End call")?.hasAttribute("disabled")).toBe(true);
    expect(inDialog()).toBe(false);
    // The next key only brings focus back into the dialog.
    await userEvent.keyboard("{Enter}");
    expect(inDialog()).toBe(true);
    await userEvent.keyboard("h");
    // Focus dropped behind the modal again: a shortcut key does nothing there either.
    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard("h");
    expect(log).toEqual([]);
    expect(document.querySelector('[role="dialog"]')).not.toBeNull();
  });

  test("gives focus back to its opener when it closes", async () => {
    const log: string[] = [];
    await render(<Board log={log} />);
    await openDialog();
    await userEvent.keyboard("{Enter}"); // Cancel
    await expect.poll(() => document.querySelector('[role="dialog"]')).toBeNull();
    await expect.poll(() => active()?.textContent).toBe("End call…");
  });

  test("gives focus to the call's pane when its opener is gone", async () => {
    const log: string[] = [];
    await render(<Board log={log} keepOpener={false} />);
    await openDialog();
    button("End call")?.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard("{Escape}");
    await expect.poll(() => document.querySelector('[role="dialog"]')).toBeNull();
    await expect.poll(() => active()?.getAttribute("aria-label")).toBe("Call 1");
    expect(log).toEqual([]);
  });
});
