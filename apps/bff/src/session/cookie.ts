import { parse } from "cookie";
import type { Request, Response } from "express";

export interface CookieOptions {
  secure: boolean;
}

/** `__Host-` binds the cookie to this origin over HTTPS; plain HTTP (the local demo) cannot use it. */
export function sessionCookieName(options: CookieOptions): string {
  return options.secure ? "__Host-callboard_session" : "callboard_session";
}

/**
 * The session token the request's Cookie header carries. `cookie.parse` leaves a value that does
 * not percent-decode (`callboard_session=%`) as it came, and the store refuses any token that is
 * not base64url, so a mangled cookie is simply no session, never a failed request.
 */
export function readSessionCookie(req: Request, options: CookieOptions): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parse(header)[sessionCookieName(options)];
}

export function setSessionCookie(
  res: Response,
  token: string,
  expiresAt: number,
  options: CookieOptions,
) {
  res.cookie(sessionCookieName(options), token, {
    httpOnly: true,
    sameSite: "strict",
    secure: options.secure,
    path: "/",
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(res: Response, options: CookieOptions) {
  res.clearCookie(sessionCookieName(options), {
    httpOnly: true,
    sameSite: "strict",
    secure: options.secure,
    path: "/",
  });
}
