import { useT } from "../../../lib/i18n";
import { useDegradedError, useFreshness } from "../feed/feed-status-store";
import { callsDict } from "../i18n";

/** Live, reconnecting, or "data N s old": how far the board can be trusted right now. */
export function ConnectionIndicator() {
  const t = useT(callsDict);
  // Both change only when the words do: no render per feed event or per tick of the clock.
  const freshness = useFreshness();
  const degraded = useDegradedError();
  const text =
    freshness.kind === "live"
      ? t("connLive")
      : freshness.kind === "polling"
        ? t("connPolling")
        : freshness.kind === "reconnecting"
          ? t("connReconnecting")
          : t("connStale", { seconds: freshness.ageSeconds });
  const detail = degraded ? t("connDegraded", { message: degraded.message }) : undefined;
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
