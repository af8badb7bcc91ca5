import { useT } from "../../../lib/i18n";
import { useNow } from "../../../lib/ticker";
import { describeFreshness, useFeedConnection } from "../feed/feed-status-store";
import { callsDict } from "../i18n";

/** Live, reconnecting, or "data N s old": how far the board can be trusted right now. */
export function ConnectionIndicator() {
  const t = useT(callsDict);
  const connection = useFeedConnection();
  const now = useNow();
  const freshness = describeFreshness(connection, now);
  const text =
    freshness.kind === "live"
      ? t("connLive")
      : freshness.kind === "polling"
        ? t("connPolling")
        : freshness.kind === "reconnecting"
          ? t("connReconnecting")
          : t("connStale", { seconds: freshness.ageSeconds });
  const detail =
    connection.upstream === "degraded" && connection.error
      ? t("connDegraded", { message: connection.error.message })
      : undefined;
  // The visible label changes every second when stale; screen readers hear only the kind.
  const spoken = freshness.kind === "stale" ? t("connStaleSpoken") : text;
  return (
    <div className="connection-indicator" data-state={freshness.kind} title={detail}>
      <span className="connection-dot" aria-hidden="true" />
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden" role="status">
        {t("connLabel", { state: spoken })}
      </span>
    </div>
  );
}
