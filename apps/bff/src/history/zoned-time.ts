/**
 * The Data API speaks "YYYY-MM-DD hh:mm:ss" in the account's time zone, without the zone.
 * These convert between that and ms since the epoch for an IANA zone (e.g. Europe/Moscow).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** ms since the epoch as the account's wall clock: "2026-03-02 12:00:00". */
export function toZonedText(ms: number, timeZone: string): string {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(ms))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The account's wall clock text (with "T" or a space) as ms since the epoch; NaN when unreadable. */
export function fromZonedText(text: string, timeZone: string): number {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(text.trim());
  if (!match) return Number.NaN;
  const asUtc = Date.parse(`${match[1]}T${match[2]}Z`);
  // The zone's offset at that moment, read back from its wall clock; a second pass settles DST edges.
  let guess = asUtc;
  for (let pass = 0; pass < 2; pass++) {
    const wall = Date.parse(`${toZonedText(guess, timeZone).replace(" ", "T")}Z`);
    guess = asUtc - (wall - guess);
  }
  return guess;
}
