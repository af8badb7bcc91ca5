import type { Request, Response } from "express";

export interface CookieOptions {
  secure: boolean;
}

/** `__Host-` binds the cookie to this origin over HTTPS; plain HTTP (the local demo) cannot use it. */
export function sessionCookieName(options: CookieOptions): string {
  return options.secure ? "__Host-callboard_session" : "callboard_session";
}

export function readSessionCookie(req: Request, options: CookieOptions): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  const name = sessionCookieName(options);
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
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
