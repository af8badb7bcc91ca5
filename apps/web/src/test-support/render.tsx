import "@mantine/core/styles.css";
import { MantineProvider } from "@mantine/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { installModalFocusGuard } from "../lib/modal-focus";

// A real browser with real events: tests wait for what the user would see (expect.poll), not
// for React's act() batches.
let mounted: { root: Root; container: HTMLElement; uninstall: () => void } | null = null;

/**
 * Renders `ui` into #root (as the app does) inside Mantine and a fresh query cache, with the
 * app's modal focus guard installed (main.tsx). For component tests in the browser.
 */
export async function render(ui: ReactNode, queryClient = new QueryClient()): Promise<void> {
  await cleanup();
  const container = document.createElement("div");
  container.id = "root";
  document.body.append(container);
  const root = createRoot(container);
  const uninstall = installModalFocusGuard(window);
  mounted = { root, container, uninstall };
  flushSync(() =>
    root.render(
      <QueryClientProvider client={queryClient}>
        <MantineProvider>{ui}</MantineProvider>
      </QueryClientProvider>,
    ),
  );
}

export async function cleanup(): Promise<void> {
  if (!mounted) return;
  const { root, container, uninstall } = mounted;
  mounted = null;
  root.unmount();
  uninstall();
  container.remove();
  for (const portal of document.querySelectorAll("[data-portal]")) portal.remove();
}
