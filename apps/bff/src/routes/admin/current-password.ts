import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import { verifyPassword } from "../../users/password";
import type { StoredUser } from "../../users/user-store";

export const auditActor = (user: StoredUser) => ({
  userId: user.id,
  username: user.username,
  role: user.role,
});

/**
 * A user changing their own password proves they know the current one: a borrowed or stolen
 * session alone must not be enough to take the account over. Wrong guesses count against the
 * login throttle (same username and address) and are audited.
 */
export async function confirmCurrentPassword(
  app: AppContext,
  ip: string,
  user: StoredUser,
  currentPassword: string | undefined,
  requestId: string,
): Promise<void> {
  if (currentPassword === undefined) {
    throw new AppError(400, "validation_failed", {
      field: "currentPassword",
      issues: [{ field: "currentPassword", message: "required to change your own password" }],
    });
  }
  const wait = app.throttle.retryAfterSeconds(user.username, ip);
  if (wait > 0) throw new AppError(429, "too_many_login_attempts", { retryAfterSeconds: wait });
  if (await verifyPassword(currentPassword, user.passwordHash)) return;
  app.throttle.recordFailure(user.username, ip);
  app.audit.write({
    ...auditActor(user),
    action: "user.password",
    params: { userId: user.id, username: user.username, self: true },
    result: "error",
    status: 403,
    mnemonic: "invalid_current_password",
    requestId,
  });
  throw new AppError(403, "invalid_current_password", { field: "currentPassword" });
}
