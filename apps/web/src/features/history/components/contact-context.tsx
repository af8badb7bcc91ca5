import { Text } from "@mantine/core";
import { useId } from "react";
import { useFormatDate, useT } from "../../../lib/i18n";
import { useContactHistory } from "../api/contact-history";
import { wrapUpDictionary } from "../wrap-up-i18n";

/** How many earlier calls the pane lists; the BFF answers up to ten. */
const SHOWN_CALLS = 5;

/**
 * The caller's recent history in a live call's pane: today's count, an open missed-call item and
 * the last calls with their result and wrap-up. Read from the BFF's store, once per call.
 */
export function ContactContext({ callId, number }: { callId: number; number: string | null }) {
  const t = useT(wrapUpDictionary);
  const formatDate = useFormatDate();
  const titleId = useId();
  const context = useContactHistory(number, callId);
  if (number === null) return null;
  const earlier = (context.data?.calls ?? [])
    .filter((call) => call.callSessionId !== callId)
    .slice(0, SHOWN_CALLS);

  return (
    <section aria-labelledby={titleId} className="contact-context">
      <h3 id={titleId} className="call-detail-subtitle">
        {t("contextTitle")}
      </h3>
      {context.isPending && <Text size="sm">{t("contextLoading")}</Text>}
      {context.isError && <Text size="sm">{t("contextFailed")}</Text>}
      {context.data && (
        <>
          {context.data.today.calls > 0 && (
            <Text size="sm">
              {t("contextToday", {
                calls: context.data.today.calls,
                lost: context.data.today.lost,
              })}
            </Text>
          )}
          {context.data.missed && (
            <Text size="sm" c="orange.8">
              {t("contextMissed")}
            </Text>
          )}
          {earlier.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("contextEmpty")}
            </Text>
          ) : (
            <ul className="contact-context-calls">
              {earlier.map((call) => (
                <li key={call.callSessionId}>
                  <span>{call.startedAt ? formatDate(call.startedAt, "dateTime") : "—"}</span>
                  <span>{call.result ? t(call.result) : t("unknownResult")}</span>
                  {(call.disposition || call.note) && (
                    <span className="contact-context-note">
                      {[call.disposition, call.note].filter(Boolean).join(" — ")}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
