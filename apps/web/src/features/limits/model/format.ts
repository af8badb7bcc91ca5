/** Whole seconds from `now` until `iso` (never negative; null when unknown or unparseable). */
export function secondsUntil(iso: string | null | undefined, now: number): number | null {
  if (!iso) return null;
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

/** A countdown as m:ss, or h:mm:ss from an hour up. */
export function formatCountdown(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

/** How worried to look at a budget: below 10 % critical, below 30 % low. */
export function budgetLevel(remaining: number, limit: number): "ok" | "low" | "critical" {
  if (limit <= 0) return "critical";
  const share = remaining / limit;
  if (share < 0.1) return "critical";
  if (share < 0.3) return "low";
  return "ok";
}

/** Share of the budget left, 0-100, for a meter. */
export function percentLeft(remaining: number, limit: number): number {
  if (limit <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((remaining / limit) * 100)));
}
