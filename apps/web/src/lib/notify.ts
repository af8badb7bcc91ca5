import { notifications } from "@mantine/notifications";
import { toApiError } from "./api-client";
import { translate } from "./i18n";
import { getSettings } from "./settings";

const messages = {
  en: { failed: "Something went wrong", retry: "You can try again in {seconds} s." },
  ru: { failed: "Что-то пошло не так", retry: "Можно повторить через {seconds} с." },
};

/**
 * Shows a failure as people understand it: the BFF's message (already in the user's language)
 * with its hint, and when to try again after a 429. Never a raw code alone.
 */
export function notifyError(error: unknown): void {
  const apiError = toApiError(error);
  const language = getSettings().language;
  const lines = [apiError.hint];
  if (apiError.retryAfterSeconds) {
    lines.push(
      translate(messages, language, "retry", { seconds: Math.ceil(apiError.retryAfterSeconds) }),
    );
  }
  const detail = lines.filter(Boolean).join(" ");
  notifications.show({
    // Same mnemonic twice in a row replaces the first instead of stacking.
    id: `error-${apiError.mnemonic}`,
    color: "red",
    title: apiError.message || translate(messages, language, "failed"),
    message: detail || undefined,
    autoClose: apiError.retryAfterSeconds
      ? Math.max(6000, apiError.retryAfterSeconds * 1000)
      : 8000,
    withCloseButton: true,
  });
}

export function notifySuccess(text: string): void {
  notifications.show({ color: "green", message: text, autoClose: 4000, withCloseButton: true });
}
