import "./app/mantine-styles";
import "./app/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { Providers } from "./app/providers";
import { createQueryClient } from "./lib/query-client";
import { sessionQueryOptions } from "./lib/session";

const root = document.getElementById("root");
if (!root) throw new Error("index.html lacks #root");
const queryClient = createQueryClient();
// Before the first render: the boot script's session reply is usually here already, so the
// first render can be the console rather than a loader.
void queryClient.prefetchQuery(sessionQueryOptions);
createRoot(root).render(
  <StrictMode>
    <Providers queryClient={queryClient}>
      <App />
    </Providers>
  </StrictMode>,
);
