const twoDigits = (n: number) => String(n).padStart(2, "0");

/**
 * The local time of day of an ISO timestamp as HH:MM:SS (24-hour), as both of the console's
 * languages write it; the text as given when it is not a date.
 *
 * Read from the Date itself, not through Intl.DateTimeFormat: the first DateTimeFormat a fresh
 * page creates loads ICU's locale data and pattern generator, and the board's
 * first render was the one to pay it (docs/performance.md, first board).
 */
export function clockTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${twoDigits(at.getHours())}:${twoDigits(at.getMinutes())}:${twoDigits(at.getSeconds())}`;
}
