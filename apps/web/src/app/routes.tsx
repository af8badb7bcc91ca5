import type { Role } from "@callboard/contract";
import { hasRole } from "@callboard/contract";
import { Center, Loader } from "@mantine/core";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
import { Route, Switch } from "wouter";
import { BoardPage } from "../features/calls";
import { useT } from "../lib/i18n";
import { appDict } from "./i18n";
import { NotFound } from "./not-found";

// Everything but the board loads on demand: the board's first load stays small.
const DialerPage = lazy(() => import("../features/dialer/dialer-page"));
const LimitsPage = lazy(() => import("../features/limits/limits-page"));
const NotificationsPage = lazy(() => import("../features/notifications/notifications-page"));
const UsersPage = lazy(() => import("../features/users/users-page"));
const AuditPage = lazy(() => import("../features/audit/audit-page"));
const MissedCallsPage = lazy(() => import("../features/missed-calls/missed-calls-page"));
const HistoryPage = lazy(() => import("../features/history/history-page"));
const SettingsPage = lazy(() => import("../features/settings/settings-page"));
// The caller's context and the wrap-up in the call pane: loaded with the pane, not the board.
const CallPaneExtras = lazy(() => import("../features/history/components/call-pane-extras"));

/** The board with what the call history adds to its call pane. */
function Board() {
  return <BoardPage paneExtras={CallPaneExtras} />;
}

export interface PageRoute {
  path: string;
  navKey:
    | "navBoard"
    | "navMissed"
    | "navHistory"
    | "navDialer"
    | "navLimits"
    | "navNotifications"
    | "navUsers"
    | "navAudit"
    | "navSettings";
  minRole: Role;
  page: ComponentType | LazyExoticComponent<ComponentType>;
}

export const pageRoutes: PageRoute[] = [
  { path: "/", navKey: "navBoard", minRole: "operator", page: Board },
  { path: "/missed", navKey: "navMissed", minRole: "operator", page: MissedCallsPage },
  { path: "/history", navKey: "navHistory", minRole: "operator", page: HistoryPage },
  { path: "/dial", navKey: "navDialer", minRole: "operator", page: DialerPage },
  { path: "/limits", navKey: "navLimits", minRole: "admin", page: LimitsPage },
  {
    path: "/notifications",
    navKey: "navNotifications",
    minRole: "admin",
    page: NotificationsPage,
  },
  { path: "/users", navKey: "navUsers", minRole: "admin", page: UsersPage },
  { path: "/audit", navKey: "navAudit", minRole: "supervisor", page: AuditPage },
  { path: "/settings", navKey: "navSettings", minRole: "operator", page: SettingsPage },
];

export function AppRoutes({ role }: { role: Role }) {
  const t = useT(appDict);
  return (
    <Suspense
      fallback={
        <Center p="xl">
          <Loader aria-label={t("loading")} />
        </Center>
      }
    >
      <Switch>
        {pageRoutes
          .filter((route) => hasRole(role, route.minRole))
          .map((route) => (
            <Route key={route.path} path={route.path} component={route.page} />
          ))}
        <Route component={NotFound} />
      </Switch>
    </Suspense>
  );
}
