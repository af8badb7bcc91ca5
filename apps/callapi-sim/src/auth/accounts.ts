import type { SeededRandom } from "../random";
import { rpcError } from "../rpc/error-factory";
import { allComponents, type ComponentName, componentOf } from "./components";

export interface ApiUser {
  login: string;
  password: string;
  components: ComponentName[];
}

interface SessionToken {
  token: string;
  login: string;
  expiresAt: number;
}

/** The access_token every example request of the reference carries. */
export const REFERENCE_EXAMPLE_TOKEN =
  "2fRN4g217ca0b4224a67988aff3e584f91964a692045415f36fa66146f5a3c1ae1f6093d";

/** Temporary tokens from login.user live one hour of simulated time (the reference). */
export const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

/**
 * The simulated account's API users, permanent keys and login sessions, plus the account-wide
 * switches (inactive, IP whitelist) that every request passes first.
 */
export class Accounts {
  users = new Map<string, ApiUser>();
  /** Permanent access keys -> user login. */
  keys = new Map<string, string>();
  blockedKeys = new Set<string>();
  expiredKeys = new Set<string>();
  inactive = false;
  /** null = every address may call (the live service's default is none: see README). */
  ipWhitelist: string[] | null = null;
  private sessions = new Map<string, SessionToken>();

  constructor(private readonly random: SeededRandom) {
    this.seed();
  }

  private seed(): void {
    this.users.set("demo", { login: "demo", password: "demo", components: [...allComponents] });
    // A user without call management, informer or scenario calls: for component_disabled.
    this.users.set("basic", {
      login: "basic",
      password: "basic",
      components: ["Call API Basic set"],
    });
    this.keys.set("demo-key", "demo");
    // The reference's placeholders, so its example requests work as printed.
    this.users.set("your_login", {
      login: "your_login",
      password: "your_password",
      components: [...allComponents],
    });
    this.keys.set(REFERENCE_EXAMPLE_TOKEN, "demo");
    this.keys.set("basic-key", "basic");
    this.keys.set("expired-key", "demo");
    this.keys.set("blocked-key", "demo");
    this.expiredKeys.add("expired-key");
    this.blockedKeys.add("blocked-key");
  }

  checkIp(ip: string): void {
    if (this.ipWhitelist !== null && !this.ipWhitelist.includes(ip)) {
      throw rpcError("ip_not_whitelisted", { params: { ip } });
    }
  }

  login(login: string, password: string, now: number): { access_token: string; expire_at: number } {
    const user = this.users.get(login);
    if (!user || user.password !== password) throw rpcError("auth_error");
    if (this.inactive) throw rpcError("account_inactive");
    const token = this.random.hex(72);
    const expiresAt = now + TOKEN_LIFETIME_MS;
    this.sessions.set(token, { token, login, expiresAt });
    return { access_token: token, expire_at: Math.floor(expiresAt / 1000) };
  }

  logout(token: string): void {
    this.sessions.delete(token);
  }

  /** The user behind an access token, or the reference's -32001 error. */
  authenticate(token: unknown, now: number): ApiUser {
    if (typeof token !== "string" || token.length === 0) throw rpcError("access_token_invalid");
    const keyOwner = this.keys.get(token);
    if (keyOwner !== undefined) {
      if (this.blockedKeys.has(token)) throw rpcError("access_token_blocked");
      if (this.expiredKeys.has(token)) throw rpcError("access_token_expired");
      return this.userOrInvalid(keyOwner);
    }
    const session = this.sessions.get(token);
    // An expired temporary token is "invalid", not "expired" (the live service does).
    if (!session || session.expiresAt <= now) throw rpcError("access_token_invalid");
    return this.userOrInvalid(session.login);
  }

  private userOrInvalid(login: string): ApiUser {
    const user = this.users.get(login);
    if (!user) throw rpcError("access_token_invalid");
    return user;
  }

  checkAccountActive(): void {
    if (this.inactive) throw rpcError("account_inactive");
  }

  checkComponent(user: ApiUser, method: string): void {
    const component = componentOf(method);
    if (component && !user.components.includes(component)) {
      throw rpcError("component_disabled", { params: { component_name: component } });
    }
  }

  /** The control API's `expire_tokens` fault: every temporary token stops working at once. */
  expireAllSessions(): void {
    this.sessions.clear();
  }

  get sessionCount(): number {
    return this.sessions.size;
  }
}
