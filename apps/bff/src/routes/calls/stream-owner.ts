import { hasRole, routes } from "@callboard/contract";
import type { Request } from "express";
import type { AppContext } from "../../app-context";
import type { StreamOwner } from "../../feed/sse-hub";
import { type Authenticated, authenticate } from "../../http/authenticate";

/**
 * The owner of an event stream opened by `auth`: its session, and a re-check that asks the
 * session store and the user store again. It fails once the session is gone, the user is
 * disabled or now has another role than when the stream opened (a demotion: the client
 * reconnects and is judged by its new role).
 */
export function streamOwner(app: AppContext, req: Request, auth: Authenticated): StreamOwner {
  const role = auth.user.role;
  return {
    sessionId: auth.session.id,
    userId: auth.user.id,
    address: req.ip ?? "unknown",
    stillAuthorized() {
      const now = authenticate(req, app);
      return (
        now !== undefined &&
        now.session.id === auth.session.id &&
        now.user.role === role &&
        hasRole(now.user.role, routes.callEvents.access)
      );
    },
  };
}
