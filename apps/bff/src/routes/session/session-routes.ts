import { routes, type Session } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import { defineRoute } from "../../http/define-route";
import { clearSessionCookie, setSessionCookie } from "../../session/cookie";
import { dummyPasswordHash, verifyPassword } from "../../users/password";
import { publicUser } from "../../users/user-store";

/** How a failed login for a username that does not exist is recorded in the audit log. */
export const UNKNOWN_USERNAME = "(unknown user)";

/** POST, GET and DELETE /api/session: log in (throttled), who am I, log out. */
export function sessionRoutes(app: AppContext): Router {
  const router = express.Router();
  const cookie = { secure: app.config.cookieSecure };

  defineRoute(router, app, routes.login, async ({ req, res, body, requestId }) => {
    const ip = req.ip ?? "unknown";
    const wait = app.throttle.retryAfterSeconds(body.username, ip);
    if (wait > 0) {
      throw new AppError(429, "too_many_login_attempts", { retryAfterSeconds: wait });
    }
    const user = app.users.findByUsername(body.username);
    // Unknown users cost a hash too, so response time does not tell which usernames exist.
    const passwordOk = await verifyPassword(body.password, user?.passwordHash ?? dummyPasswordHash);
    // A disabled account is refused like a wrong password: a distinct answer would confirm the
    // password to whoever guessed it. The audit log tells the two apart.
    if (!user || !passwordOk || user.disabled) {
      app.throttle.recordFailure(body.username, ip);
      app.audit.write({
        userId: user?.id ?? null,
        // What was typed into an unknown username may be a password typed in the wrong box:
        // supervisors read this log, so it is not kept.
        username: user?.username ?? UNKNOWN_USERNAME,
        role: user?.role ?? null,
        action: "session.login",
        result: "error",
        status: 401,
        mnemonic: user && passwordOk ? "user_disabled" : "invalid_credentials",
        requestId,
      });
      throw new AppError(401, "invalid_credentials");
    }
    app.throttle.recordSuccess(body.username, ip);
    const { token, record } = app.sessions.create(user.id);
    app.users.recordLogin(user.id);
    setSessionCookie(res, token, record.expiresAt, cookie);
    app.audit.write({
      userId: user.id,
      username: user.username,
      role: user.role,
      action: "session.login",
      result: "ok",
      status: 200,
      requestId,
    });
    const session: Session = {
      user: publicUser(app.users.get(user.id) ?? user),
      csrfToken: record.csrfToken,
      upstream: app.upstreamMode === "simulator" ? "simulator" : "live",
    };
    return session;
  });

  defineRoute(
    router,
    app,
    routes.session,
    ({ user, auth }): Session => ({
      user: publicUser(user),
      csrfToken: auth?.session.csrfToken ?? "",
      upstream: app.upstreamMode === "simulator" ? "simulator" : "live",
    }),
  );

  defineRoute(
    router,
    app,
    routes.logout,
    ({ res, auth }) => {
      if (auth) app.sessions.destroy(auth.token);
      clearSessionCookie(res, cookie);
      return undefined;
    },
    { audit: "session.logout" },
  );

  return router;
}
