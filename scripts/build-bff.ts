/**
 * Bundles the BFF into apps/bff/dist/ for plain `node` (what `npm run serve` runs): no tsx
 * loader at run time, whose module hooks live in a second V8 isolate (memory of its own) and which
 * compiles every file at start-up. The workspace packages (TS source, no build of their own) are
 * bundled in; every npm package stays external and is loaded from node_modules as usual
 * (better-sqlite3 is native, pino and express are CommonJS).
 *
 * The simulator is imported dynamically by server.ts only in demo mode: with code splitting it
 * becomes a chunk of its own that a BFF in front of the live service never loads. The WAL
 * checkpointer's worker thread is a second entry point, wal-checkpoint-worker.mjs.
 *
 *   npx tsx scripts/build-bff.ts [--outdir DIR]
 */
import { rmSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BFF_DIST_DIR = join(repoRoot, "apps/bff/dist");

/** Builds the BFF into `outdir` (cleared first); answers the path of its entry, server.mjs. */
export async function buildBff(outdir: string = BFF_DIST_DIR): Promise<string> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      server: join(repoRoot, "apps/bff/src/server.ts"),
      // A worker thread's module must be a file of its own; wal-checkpointer.ts (in server.mjs)
      // starts it from beside itself.
      "wal-checkpoint-worker": join(repoRoot, "apps/bff/src/db/wal-checkpoint-worker.ts"),
    },
    outdir,
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    bundle: true,
    splitting: true,
    platform: "node",
    format: "esm",
    target: "node20",
    sourcemap: "linked",
    logLevel: "warning",
    plugins: [
      {
        name: "npm-packages-external",
        setup(b) {
          // Bare specifiers other than our workspaces (and node: builtins) stay imports.
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith("@callboard/") ? undefined : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  return join(outdir, "server.mjs");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { outdir: { type: "string" } } });
  const started = performance.now();
  buildBff(values.outdir ? resolve(values.outdir) : undefined)
    .then((entry) => {
      const ms = Math.round(performance.now() - started);
      console.log(`BFF bundled: ${relative(process.cwd(), entry)} (${ms} ms)`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
