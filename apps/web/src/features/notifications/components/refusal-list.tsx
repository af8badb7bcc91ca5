import { Text } from "@mantine/core";
import { useT } from "../../../lib/i18n";
import { type NotificationsKey, notificationsDictionary } from "../i18n";

const reasonKeys: Record<string, NotificationsKey> = {
  wrong_secret: "reason_wrong_secret",
  not_json: "reason_not_json",
  not_an_object: "reason_not_an_object",
  unknown_event: "reason_unknown_event",
  no_call_session_id: "reason_no_call_session_id",
};

/** "Refused: wrong secret × 3, not JSON × 1", or nothing when none were refused. */
export function RefusalList({
  counts,
  template,
}: {
  counts: Record<string, number>;
  template: "refused" | "unattributed";
}) {
  const t = useT(notificationsDictionary);
  const entries = Object.entries(counts).filter(([, count]) => count > 0);
  if (entries.length === 0) return null;
  const reasons = entries
    .map(([reason, count]) => {
      const key = reasonKeys[reason];
      return `${key ? t(key) : reason} × ${count}`;
    })
    .join(", ");
  return (
    <Text size="sm" c="red.8">
      {t(template, { reasons })}
    </Text>
  );
}
