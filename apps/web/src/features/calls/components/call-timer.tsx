import { memo, useLayoutEffect, useRef } from "react";
import { getNow, subscribeNow } from "../../../lib/ticker";

/** mm:ss (or h:mm:ss) since `since`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/**
 * A running timer fed by the one shared ticker (never an interval per row). Each tick writes the
 * text straight into the element: no React render of 30 timers a second, and nothing changes
 * in the DOM when the text stays the same. React renders the element empty, so it never holds a
 * stale text node of its own; the layout effect fills it before the first paint.
 */
export const CallTimer = memo(function CallTimer({
  since,
  top,
  callId,
}: {
  since: string;
  /** Its offset in the board's timer layer (board-list.tsx); unset elsewhere. */
  top?: number;
  /** The call it times, for tests and the board's layer. */
  callId?: number;
}) {
  const ref = useRef<HTMLTimeElement>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const start = Date.parse(since);
    if (!Number.isFinite(start)) {
      element.textContent = "–";
      return;
    }
    let shown = "";
    const show = () => {
      const text = formatDuration(getNow() - start);
      if (text === shown) return;
      shown = text;
      // In place: replacing the text node would re-lay-out more than the changed characters.
      if (element.firstChild) element.firstChild.nodeValue = text;
      else element.textContent = text;
    };
    const unsubscribe = subscribeNow(show); // first: it starts a stopped clock afresh
    show();
    return unsubscribe;
  }, [since]);
  return (
    <time
      ref={ref}
      className="call-timer"
      dateTime={since}
      data-timer-for={callId}
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
    />
  );
});
