import type { Budget } from "@callboard/contract";
import { Alert } from "@mantine/core";
import { useState } from "react";
import { useT } from "../lib/i18n";
import { queryKeys } from "../lib/query-keys";
import { useCachedData } from "../lib/use-cached-data";
import { appDict } from "./i18n";

const DISMISSED_KEY = "callboard.deprecation-dismissed";

/** Whether the banner shows: the API version is deprecated and this tab has not dismissed it. */
export function showsDeprecation(
  budget: Pick<Budget, "deprecated"> | undefined,
  dismissed: boolean,
) {
  return budget?.deprecated === true && !dismissed;
}

function readDismissed(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(DISMISSED_KEY) === "1";
  } catch {
    return false;
  }
}

/**
 * The Call API says this version is deprecated (`current_version_depricated`): every user sees
 * it, not only whoever hovers the API chip. Dismissed for the browser session, so it comes back
 * at the next login while the version is still deprecated.
 */
export function DeprecationBanner() {
  const t = useT(appDict);
  const budget = useCachedData<Budget | null>(queryKeys.budget);
  const [dismissed, setDismissed] = useState(readDismissed);
  if (!showsDeprecation(budget ?? undefined, dismissed)) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      globalThis.sessionStorage?.setItem(DISMISSED_KEY, "1");
    } catch {
      // Private mode: dismissed for this page only.
    }
  };
  return (
    <Alert
      color="orange"
      role="status"
      className="shell-banner"
      title={t("deprecatedTitle")}
      withCloseButton
      closeButtonLabel={t("dismiss")}
      onClose={dismiss}
    >
      {t("deprecatedText")}
    </Alert>
  );
}
