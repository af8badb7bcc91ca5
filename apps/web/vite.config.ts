import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev` serves the SPA with hot reload and forwards /api (SSE included) to the BFF that
// `npm run serve` runs; `npm run build` writes dist/, which the BFF serves in production.
export default defineConfig({
  plugins: [react()],
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
    rolldownOptions: {
      treeshake: {
        // The workspace packages are schema declarations without side effects; saying so
        // lets the bundler drop the schemas the SPA never uses (server-only method maps).
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/](callapi|contract)[\\/]/.test(id),
        manualPureFunctions: ["z"],
      },
    },
  },
});
