import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

const EARLY_START = "src/boot/early-start.ts";
// The Call API's method map and the call actions' schemas: only lazy pages use them.
const lazySchemas =
  /[\\/]packages[\\/](callapi[\\/]src[\\/](methods|call-methods)|contract[\\/]src[\\/]calls)/;

/**
 * index.html's first script, its own tiny chunk: it sends the session and feed requests while
 * the app's bundle is still downloading (src/lib/early-start.ts). Vite would merge a second
 * module script of index.html into the app's entry, so it is an entry of its own, linked here.
 */
function earlyStartScript(): Plugin {
  return {
    name: "callboard-early-start",
    transformIndexHtml: {
      order: "post",
      handler(_html, context) {
        const chunk = context.bundle
          ? Object.values(context.bundle).find(
              (output) =>
                output.type === "chunk" && output.isEntry && output.name === "early-start",
            )
          : undefined;
        const src = chunk ? `/${chunk.fileName}` : `/${EARLY_START}`;
        return [
          { tag: "script", attrs: { type: "module", async: true, src }, injectTo: "head-prepend" },
        ];
      },
    },
  };
}

// `npm run dev` serves the SPA with hot reload and forwards /api (SSE included) to the BFF that
// `npm run serve` runs; `npm run build` writes dist/, which the BFF serves in production.
export default defineConfig({
  plugins: [react(), earlyStartScript()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: { "/api": { target: "http://127.0.0.1:8080", changeOrigin: false } },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: true,
    // The first page's one chunk (see codeSplitting) is ~530 KB raw, 160 KB gzip: on budget.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      input: { index: "index.html", "early-start": EARLY_START },
      output: {
        codeSplitting: {
          // Everything the first page needs in one chunk: split across a dozen small shared
          // chunks it queued behind the browser's six connections, with the session request and
          // the event stream waiting behind them. The boot script stays alone, and so do the
          // call schemas the first page imports a module of but uses nothing from (the board
          // checks its payloads by hand): they stay in the lazy chunks that use them.
          groups: [
            {
              name: "app",
              tags: ["$initial"],
              test: (id: string) => !id.includes("early-start") && !lazySchemas.test(id),
            },
          ],
        },
      },
      treeshake: {
        // The workspace packages are schema declarations without side effects; saying so
        // lets the bundler drop the schemas the SPA never uses (server-only method maps).
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/](callapi|contract)[\\/]/.test(id),
        manualPureFunctions: ["z"],
      },
    },
  },
});
