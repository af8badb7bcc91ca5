import { lazy, Suspense, useEffect, useState } from "react";
import { PlainButton } from "../../../components/plain/plain-button";
import { useT } from "../../../lib/i18n";
import { callsDict } from "../i18n";
import { shortcutFor } from "../model/shortcuts";

const ShortcutsDialog = lazy(() => import("./shortcuts-dialog"));

/** The header's "Shortcuts (?)" button; "?" opens the list from anywhere. */
export function ShortcutsHelp() {
  const t = useT(callsDict);
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.defaultPrevented && shortcutFor(event) === "help") {
        event.preventDefault();
        setOpened(true);
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
  return (
    <>
      <PlainButton onClick={() => setOpened(true)} aria-keyshortcuts="?">
        {t("shortcutsButton")}
      </PlainButton>
      {opened && (
        <Suspense fallback={null}>
          <ShortcutsDialog onClose={() => setOpened(false)} />
        </Suspense>
      )}
    </>
  );
}
