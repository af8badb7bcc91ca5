import { hasRole, type Session } from "@callboard/contract";
import { Alert, Badge, Button, Group, Text } from "@mantine/core";
import { Link, useLocation } from "wouter";
import { useLogout } from "../features/auth";
import { CallFeed, ConnectionIndicator, ShortcutsHelp } from "../features/calls";
import { useRetryAfter } from "../lib/api-client";
import { useT } from "../lib/i18n";
import { HeaderBudget } from "./header-budget";
import { appDict } from "./i18n";
import { AppRoutes, pageRoutes } from "./routes";

const roleKey = {
  operator: "roleOperator",
  supervisor: "roleSupervisor",
  admin: "roleAdmin",
} as const;

/** The console's frame: navigation by role, live status, account menu, and the page. */
export function Shell({ session }: { session: Session }) {
  const t = useT(appDict);
  const [location] = useLocation();
  const logout = useLogout();
  const retryAfter = useRetryAfter();
  const { user } = session;
  return (
    <div className="shell">
      <CallFeed />
      <header className="shell-header">
        <Group gap="lg" wrap="nowrap">
          <Text component="span" fw={700} size="lg" className="shell-brand">
            {t("appName")}
          </Text>
          <nav aria-label={t("mainNav")}>
            <ul className="shell-nav">
              {pageRoutes
                .filter((route) => hasRole(user.role, route.minRole))
                .map((route) => (
                  <li key={route.path}>
                    <Link
                      href={route.path}
                      className="shell-nav-link"
                      aria-current={location === route.path ? "page" : undefined}
                    >
                      {t(route.navKey)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        </Group>
        <Group gap="sm" wrap="nowrap">
          {session.upstream === "simulator" && (
            <Badge variant="outline" color="gray">
              {t("demo")}
            </Badge>
          )}
          <ConnectionIndicator />
          <HeaderBudget />
          <ShortcutsHelp />
          <Text component="span" size="sm" className="shell-user">
            <Text component="span" size="sm" fw={600}>
              {user.displayName}
            </Text>{" "}
            <Text component="span" size="xs" c="dimmed">
              {t(roleKey[user.role])}
            </Text>
          </Text>
          <Button
            size="xs"
            variant="default"
            onClick={() => logout.mutate()}
            loading={logout.isPending}
          >
            {t("logout")}
          </Button>
        </Group>
      </header>
      {retryAfter > 0 && (
        <Alert color="orange" role="status" className="shell-banner">
          {t("retryAfter", { seconds: retryAfter })}
        </Alert>
      )}
      <main className="shell-main">
        <AppRoutes role={user.role} />
      </main>
    </div>
  );
}
