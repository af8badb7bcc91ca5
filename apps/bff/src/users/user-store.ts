import type { Role, User } from "@callboard/contract";
import type { Db } from "../db/open-database";
import type { SessionEvent, SessionEvents } from "../session/session-events";

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  employee_id: number | null;
  phone_number: string | null;
  disabled: number;
  is_demo: number;
  created_at: string;
  last_login_at: string | null;
}

/** A user as stored: the contract's User plus what never leaves the BFF. */
export interface StoredUser extends User {
  passwordHash: string;
  isDemo: boolean;
}

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  employeeId?: number | null;
  phoneNumber?: string | null;
  isDemo?: boolean;
}

export type UserChanges = Partial<
  Pick<
    StoredUser,
    "displayName" | "role" | "passwordHash" | "employeeId" | "phoneNumber" | "disabled"
  >
>;

function toUser(row: UserRow): StoredUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    employeeId: row.employee_id,
    phoneNumber: row.phone_number,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
    lastLoginAt: row.last_login_at,
    passwordHash: row.password_hash,
    isDemo: row.is_demo === 1,
  };
}

/** Strips what must never reach the browser. */
export function publicUser(user: StoredUser): User {
  const { passwordHash: _hash, isDemo: _demo, ...visible } = user;
  return visible;
}

export class UserStore {
  private readonly byId;
  private readonly byName;

  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
    /** Told when an account loses authority: disabled, role changed, password changed. */
    private readonly events?: SessionEvents,
  ) {
    this.byId = db.prepare<[number], UserRow>("SELECT * FROM users WHERE id = ?");
    this.byName = db.prepare<[string], UserRow>("SELECT * FROM users WHERE username = ?");
  }

  get(id: number): StoredUser | undefined {
    const row = this.byId.get(id);
    return row ? toUser(row) : undefined;
  }

  findByUsername(username: string): StoredUser | undefined {
    const row = this.byName.get(username);
    return row ? toUser(row) : undefined;
  }

  list(): StoredUser[] {
    return this.db.prepare<[], UserRow>("SELECT * FROM users ORDER BY username").all().map(toUser);
  }

  count(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n;
  }

  /** Undefined when the username is taken. */
  create(user: NewUser): StoredUser | undefined {
    const result = this.db
      .prepare(
        `INSERT INTO users (username, display_name, role, password_hash, employee_id, phone_number, is_demo, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(username) DO NOTHING`,
      )
      .run(
        user.username,
        user.displayName,
        user.role,
        user.passwordHash,
        user.employeeId ?? null,
        user.phoneNumber ?? null,
        user.isDemo ? 1 : 0,
        new Date(this.now()).toISOString(),
      );
    return result.changes === 1 ? this.get(Number(result.lastInsertRowid)) : undefined;
  }

  update(id: number, changes: UserChanges): StoredUser | undefined {
    const columns: Record<keyof UserChanges, string> = {
      displayName: "display_name",
      role: "role",
      passwordHash: "password_hash",
      employeeId: "employee_id",
      phoneNumber: "phone_number",
      disabled: "disabled",
    };
    const sets: string[] = [];
    const values: unknown[] = [];
    for (const [key, column] of Object.entries(columns) as [keyof UserChanges, string][]) {
      const value = changes[key];
      if (value === undefined) continue;
      sets.push(`${column} = ?`);
      values.push(typeof value === "boolean" ? (value ? 1 : 0) : value);
    }
    if (sets.length === 0) return this.get(id);
    const before = this.get(id);
    this.db.prepare(`UPDATE users SET ${sets.join(", ")} WHERE id = ?`).run(...values, id);
    const after = this.get(id);
    if (before && after) {
      const publish = (reason: Extract<SessionEvent, { kind: "user-changed" }>["reason"]) =>
        this.events?.publish({ kind: "user-changed", userId: id, reason });
      if (after.disabled && !before.disabled) publish("disabled");
      if (after.role !== before.role) publish("role");
      if (after.passwordHash !== before.passwordHash) publish("password");
    }
    return after;
  }

  recordLogin(id: number): void {
    this.db
      .prepare("UPDATE users SET last_login_at = ? WHERE id = ?")
      .run(new Date(this.now()).toISOString(), id);
  }

  /** Demo accounts must not outlive the demo: removed (with their sessions) against the live service. */
  removeDemoUsers(): number {
    return this.db.prepare("DELETE FROM users WHERE is_demo = 1").run().changes;
  }
}
