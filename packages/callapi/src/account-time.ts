/**
 * "YYYY-MM-DD hh:mm:ss" in the account's time zone (no zone in the text): how the notification
 * server writes notification_time and the call report writes and takes its times. The simulator
 * writes these; the BFF reads them and asks for its report windows in them.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows this IANA time zone (e.g. "Europe/Moscow"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** An instant as the account's wall clock: "2026-03-02 12:00:00". */
export function formatAccountTime(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

const accountTimePattern = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
/** What the live service also sends: a "T" for the space, and milliseconds (ignored). */
const liveVariant = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(\.\d+)?$/;

/**
 * The instant a wall-clock text of the account's zone names (ms since the epoch), or undefined
 * when the text is not a real date. In a DST gap or overlap it takes the zone's offset as it
 * was an hour earlier, as most calendars do.
 */
export function parseAccountTime(raw: string, timeZone: string): number | undefined {
  const live = liveVariant.exec(raw.trim());
  const text = live ? `${live[1]} ${live[2]}` : raw.trim();
  const match = accountTimePattern.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (formatAccountTime(asUtc, "UTC") !== text) return undefined;
  // The zone's offset at the guessed instant, refined once (enough for every real zone).
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  return instant;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const wall = formatAccountTime(ms, timeZone);
  const match = accountTimePattern.exec(wall);
  if (!match) return 0;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[];
  return (
    Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0) -
    Math.floor(ms / 1000) * 1000
  );
}
