import { Button, Center, Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useT } from "../lib/i18n";
import { sessionQueryOptions } from "../lib/session";
import { appDict } from "./i18n";
import { Shell } from "./shell";

// Logged-in page loads skip the login form entirely.
const LoginPage = lazy(() => import("../features/auth/login-page"));

/** Logged in: the console; otherwise the login page. The session survives a reload (cookie). */
export function App() {
  const t = useT(appDict);
  const session = useQuery(sessionQueryOptions);
  const loading = (
    <Center h="100vh">
      <Loader aria-label={t("loading")} />
    </Center>
  );
  if (session.isPending) return loading;
  if (session.isError) {
    return (
      <Center h="100vh">
        <Stack align="center">
          <Text role="alert">{t("loadFailed")}</Text>
          <Button onClick={() => session.refetch()}>{t("reload")}</Button>
        </Stack>
      </Center>
    );
  }
  if (!session.data) {
    return (
      <Suspense fallback={loading}>
        <LoginPage />
      </Suspense>
    );
  }
  return <Shell session={session.data} />;
}
