import type { Session } from "@callboard/contract";
import { Alert, Badge, Button } from "@mantine/core";
import type { CSSProperties } from "react";
import { m } from "../components/plain/mantine-classes";
import { PlainButton } from "../components/plain/plain-button";
import { useLogout } from "../features/auth";
import { CallFeed, ConnectionIndicator, ShortcutsHelp } from "../features/calls";
import { useRetryAfter } from "../lib/api-client";
import { useT } from "../lib/i18n";
import { DeprecationBanner } from "./deprecation-banner";
import { HeaderBudget } from "./header-budget";
import { HeaderNav } from "./header-nav";
import { appDict } from "./i18n";
import { AppRoutes } from "./routes";

const roleKey = {
  operator: "roleOperator",
  supervisor: "roleSupervisor",
  admin: "roleAdmin",
} as const;

// Mantine's Group and Text as plain elements with Mantine's classes (components/plain): the
// header is on every first frame, and the components' machinery cost more than the markup.
const text = (size: "lg" | "sm" | "xs", rest: CSSProperties = {}) =>
  ({
    "--text-fz": `var(--mantine-font-size-${size})`,
    "--text-lh": `var(--mantine-line-height-${size})`,
    ...rest,
  }) as CSSProperties;
const brandText = text("lg", { fontWeight: 700 });
const userText = text("sm");
const userNameText = text("sm", { fontWeight: 600 });
const roleText = text("xs", { color: "var(--mantine-color-dimmed)" });
const textClass = `mantine-focus-auto ${m.text}`;

/** The console's frame: navigation by role, live status, account menu, and the page. */
export function Shell({ session }: { session: Session }) {
  const t = useT(appDict);
  const logout = useLogout();
  const retryAfter = useRetryAfter();
  const { user } = session;
  return (
    <div className="shell">
      <CallFeed />
      <header className="shell-header">
        <div className="shell-start">
          <span className={`${textClass} shell-brand`} data-size="lg" style={brandText}>
            {t("appName")}
          </span>
          <HeaderNav role={user.role} />
        </div>
        <div className="shell-end">
          {session.upstream === "simulator" && (
            <Badge variant="outline" color="gray" className="shell-demo">
              {t("demo")}
            </Badge>
          )}
          <ConnectionIndicator />
          <HeaderBudget />
          <ShortcutsHelp />
          <span className={`${textClass} shell-user`} data-size="sm" style={userText}>
            <span className={textClass} data-size="sm" style={userNameText}>
              {user.displayName}
            </span>{" "}
            <span className={textClass} data-size="xs" style={roleText}>
              {t(roleKey[user.role])}
            </span>
          </span>
          {logout.isPending ? (
            // Mantine's button only for its loader, while the logout runs.
            <Button size="xs" variant="default" loading>
              {t("logout")}
            </Button>
          ) : (
            <PlainButton onClick={() => logout.mutate()}>{t("logout")}</PlainButton>
          )}
        </div>
      </header>
      {retryAfter > 0 && (
        <Alert color="orange" role="status" className="shell-banner">
          {t("retryAfter", { seconds: retryAfter })}
        </Alert>
      )}
      <DeprecationBanner />
      <main className="shell-main" id="main" tabIndex={-1}>
        <AppRoutes role={user.role} />
      </main>
    </div>
  );
}
