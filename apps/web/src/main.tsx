import "./app/mantine-styles";
import "./app/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { Providers } from "./app/providers";
import { primeCallsFromEarlyStream } from "./features/calls/feed/early-snapshot";
import { installModalFocusGuard } from "./lib/modal-focus";
import { createQueryClient } from "./lib/query-client";
import { sessionQueryOptions } from "./lib/session";

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
const queryClient = createQueryClient();
// Before the first render: the boot script's session reply is usually here already, so the
// first render can be the console rather than a loader.
void queryClient.prefetchQuery(sessionQueryOptions);
// And the board's rows, when the boot script's stream has its snapshot already: one first render.
primeCallsFromEarlyStream(queryClient);
// While a modal is open, no key reaches the page behind it.
installModalFocusGuard(window);
createRoot(root).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <App />
    </Providers>
  </StrictMode>,
);
