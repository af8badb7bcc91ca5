import type { FeedSlowdown } from "@callboard/contract";
import { clockTime } from "../../../lib/clock-time";
import { useT } from "../../../lib/i18n";
import { useDegradedError, useFreshness, useSlowdown } from "../feed/feed-status-store";
import { type CallsKey, callsDict } from "../i18n";

const slowdownKey: Record<FeedSlowdown["reason"], CallsKey> = {
  day_budget: "slowDay",
  minute_budget: "slowMinute",
  limit_exceeded: "slowLimit",
};

/**
 * Where the board's data comes from and how far it can be trusted: "Live" on CallGear's events
 * (or polls at least every 5 s), "Polling every N s" with the reason and until when, or
 * "Data N s old".
 */
export function ConnectionIndicator() {
  const t = useT(callsDict);
  // Each changes only when the words do: no render per feed event or per tick of the clock.
  const freshness = useFreshness();
  const degraded = useDegradedError();
  const slowdown = useSlowdown();
  const text =
    freshness.kind === "live"
      ? t("connLive")
      : freshness.kind === "polling"
        ? t("connPolling")
        : freshness.kind === "slow"
          ? t("connSlow", { seconds: freshness.seconds })
          : freshness.kind === "reconnecting"
            ? t("connReconnecting")
            : t("connStale", { seconds: freshness.ageSeconds });
  const why =
    slowdown && freshness.kind !== "live"
      ? t(slowdownKey[slowdown.reason], {
          time: slowdown.until ? clockTime(slowdown.until).slice(0, 5) : "—",
        })
      : undefined;
  const detail = degraded ? t("connDegraded", { message: degraded.message }) : why;
  // The visible label changes every second when stale; screen readers hear only the kind.
  const spoken = freshness.kind === "stale" ? t("connStaleSpoken") : text;
  return (
    <div className="connection-indicator" data-state={freshness.kind} title={detail}>
      <span className="connection-dot" aria-hidden="true" />
      <span aria-hidden="true">{text}</span>
      {why && <span className="connection-why">{why}</span>}
      <span className="visually-hidden" role="status">
        {t("connLabel", { state: spoken })}
      </span>
    </div>
  );
}
