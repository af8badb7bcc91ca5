import { routes } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { AppError } from "../../errors";
import { defineRoute } from "../../http/define-route";
import { hashPassword } from "../../users/password";
import { publicUser, type UserChanges } from "../../users/user-store";
import { auditActor, confirmCurrentPassword } from "./current-password";

/** /api/users (admins): list, create, change. A changed password or a disabled user ends their sessions. */
export function userRoutes(app: AppContext): Router {
  const router = express.Router();

  defineRoute(router, app, routes.listUsers, () => app.users.list().map(publicUser));

  defineRoute(
    router,
    app,
    routes.createUser,
    async ({ body }) => {
      const created = app.users.create({
        username: body.username,
        displayName: body.displayName ?? body.username,
        role: body.role,
        passwordHash: await hashPassword(body.password),
        employeeId: body.employeeId ?? null,
        phoneNumber: body.phoneNumber ?? null,
      });
      if (!created) throw new AppError(409, "user_exists", { field: "username" });
      return publicUser(created);
    },
    { audit: "user.create", successStatus: 201 },
  );

  defineRoute(
    router,
    app,
    routes.updateUser,
    async ({ req, params, body, user, auth, requestId }) => {
      const target = app.users.get(Number(params.id));
      if (!target) throw new AppError(404, "not_found", { field: "id" });
      if (target.id === user.id && body.role !== undefined && body.role !== "admin") {
        throw new AppError(403, "forbidden_role", { field: "role" });
      }
      if (target.id === user.id && body.disabled === true) {
        throw new AppError(403, "forbidden_role", { field: "disabled" });
      }
      const ownPassword = target.id === user.id && body.password !== undefined;
      if (ownPassword) {
        await confirmCurrentPassword(
          app,
          req.ip ?? "unknown",
          user,
          body.currentPassword,
          requestId,
        );
      }
      const changes: UserChanges = {
        displayName: body.displayName,
        role: body.role,
        employeeId: body.employeeId,
        phoneNumber: body.phoneNumber,
        disabled: body.disabled,
      };
      if (body.password !== undefined) changes.passwordHash = await hashPassword(body.password);
      const updated = app.users.update(target.id, changes);
      if (!updated) throw new AppError(404, "not_found", { field: "id" });
      if (body.disabled === true || body.password !== undefined) {
        // A password change ends every other session (whoever knew the old one is out); the
        // session that changed its own password stays.
        app.sessions.destroyForUser(target.id, ownPassword ? auth?.token : undefined);
      }
      if (body.password !== undefined) {
        app.audit.write({
          ...auditActor(user),
          action: "user.password",
          params: { userId: target.id, username: target.username, self: ownPassword },
          result: "ok",
          status: 200,
          requestId,
        });
      }
      return publicUser(updated);
    },
    { audit: "user.update" },
  );

  return router;
}
