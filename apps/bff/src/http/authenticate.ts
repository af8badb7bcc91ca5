import type { Request } from "express";
import type { AppContext } from "../app-context";
import { readSessionCookie } from "../session/cookie";
import type { SessionRecord } from "../session/session-store";
import type { StoredUser } from "../users/user-store";

export interface Authenticated {
  user: StoredUser;
  session: SessionRecord;
  token: string;
}

/** The logged-in user behind the request's session cookie, if any (disabled users have none). */
export function authenticate(req: Request, app: AppContext): Authenticated | undefined {
  const token = readSessionCookie(req, { secure: app.config.cookieSecure });
  if (!token) return undefined;
  const session = app.sessions.lookup(token);
  if (!session) return undefined;
  const user = app.users.get(session.userId);
  if (!user || user.disabled) {
    app.sessions.destroy(token);
    return undefined;
  }
  return { user, session, token };
}
