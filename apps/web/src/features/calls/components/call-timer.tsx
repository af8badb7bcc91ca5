import { memo } from "react";
import { useNow } from "../../../lib/ticker";

/** mm:ss (or h:mm:ss) since `since`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** A running timer fed by the one shared ticker (never an interval per row). */
export const CallTimer = memo(function CallTimer({ since }: { since: string }) {
  const now = useNow();
  const start = Date.parse(since);
  return (
    <time className="call-timer" dateTime={since}>
      {Number.isFinite(start) ? formatDuration(now - start) : "–"}
    </time>
  );
});
