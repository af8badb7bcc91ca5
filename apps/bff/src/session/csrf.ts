import { timingSafeEqual } from "node:crypto";
import type { Request } from "express";

export const CSRF_HEADER = "x-csrf-token";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isStateChanging(method: string): boolean {
  return unsafeMethods.has(method.toUpperCase());
}

/** Synchroniser token: the session's CSRF token must come back in the X-CSRF-Token header. */
export function csrfTokenMatches(req: Request, expected: string): boolean {
  const sent = req.get(CSRF_HEADER);
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * For routes without a session (login): a browser always sends Origin on a cross-site POST, so
 * one naming another host is refused (login CSRF). Non-browser clients send none and pass.
 */
export function originIsSameSite(req: Request): boolean {
  const origin = req.get("origin");
  if (!origin) return req.get("sec-fetch-site") !== "cross-site";
  try {
    return new URL(origin).host === req.get("host");
  } catch {
    return false;
  }
}
