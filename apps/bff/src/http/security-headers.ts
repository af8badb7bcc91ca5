import type { NextFunction, Request, Response } from "express";

// Mantine writes style attributes and a <style> tag for its CSS variables, so styles may be
// inline; scripts may not (no 'unsafe-inline' for script-src).
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const headers: [string, string][] = [
  ["Content-Security-Policy", contentSecurityPolicy],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
  ["X-Frame-Options", "DENY"],
  ["Cross-Origin-Opener-Policy", "same-origin"],
  ["Cross-Origin-Resource-Policy", "same-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
];

/**
 * The few headers helmet would set, written by hand (no dependency for six lines), on every
 * response. `setHeader` per header: Express's `res.set(object)` does per-value work it does
 * not need here, on every request.
 */
export function securityHeaders(options: { hsts: boolean }) {
  // Secure cookies mean the console is served over HTTPS: browsers are told to keep to it.
  const all: [string, string][] = options.hsts
    ? [...headers, ["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]]
    : headers;
  return (_req: Request, res: Response, next: NextFunction): void => {
    for (const [name, value] of all) res.setHeader(name, value);
    next();
  };
}

/** API answers carry one user's calls and audit: no browser or proxy may keep a copy. */
export function noStore(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader("Cache-Control", "no-store");
  next();
}
