import { type CSSVariablesResolver, createTheme, MantineProvider } from "@mantine/core";
import { type QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useEffect, useMemo } from "react";
import { NotificationsHost } from "../components/notifications-host";
import { useSettings } from "../lib/settings";

// Colours chosen for contrast (axe: WCAG AA) in both schemes: white on blue.8 is 4.9:1 (blue.7
// is 4.2:1, blue.5 3:1).
const baseTheme = {
  primaryColor: "blue",
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: "sm",
  fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
} as const;

// Mantine's icon-only close buttons (notifications, modals) have no text: name them in the
// user's language so screen readers and axe find an accessible name.
const closeLabel = { en: "Close", ru: "Закрыть" } as const;

function themeFor(language: keyof typeof closeLabel) {
  const closeButtonProps = { "aria-label": closeLabel[language] };
  return createTheme({
    ...baseTheme,
    components: {
      Notification: { defaultProps: { closeButtonProps } },
      Modal: { defaultProps: { closeButtonProps } },
    },
  });
}

// Mantine's dimmed text and error red fall below 4.5:1 (gray.6 on white 3.3:1, dark.2 on dark.7
// 4:1, red.6 on white 3.3:1): one shade stronger in each scheme passes AA.
const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
  },
  dark: {
    "--mantine-color-dimmed": "var(--mantine-color-dark-1)",
    "--mantine-color-error": "var(--mantine-color-red-4)",
  },
});

/** Applies the operator's language (html lang) and theme (Mantine colour scheme). */
export function Providers({
  children,
  queryClient,
}: {
  children: ReactNode;
  queryClient: QueryClient;
}) {
  const { language, theme: scheme } = useSettings();
  const theme = useMemo(() => themeFor(language), [language]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <QueryClientProvider client={queryClient}>
      <MantineProvider
        theme={theme}
        forceColorScheme={scheme}
        cssVariablesResolver={contrastVariables}
      >
        <NotificationsHost />
        {children}
      </MantineProvider>
    </QueryClientProvider>
  );
}
