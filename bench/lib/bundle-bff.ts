import { join } from "node:path";
import { build } from "esbuild";
import { repoRoot, resultsDir } from "./report";

let built: Promise<string> | undefined;

/**
 * The BFF as one plain-JS file for `node` without the tsx loader (whose module hooks run in a
 * second V8 isolate), to tell the app's own memory from the loader's. The workspace packages
 * (TS source) are bundled in; every npm package stays external. The file sits three levels
 * below the repo root, like apps/bff/src/config.ts, so its repo-relative paths still hold.
 * esbuild is the one tsx and Vite already bring.
 */
export function bundledBff(): Promise<string> {
  built ??= (async () => {
    const outfile = join(resultsDir, "bff-bundle", "server.mjs");
    await build({
      entryPoints: [join(repoRoot, "apps/bff/src/server.ts")],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "error",
      plugins: [
        {
          name: "npm-packages-external",
          setup(b) {
            b.onResolve({ filter: /^[^./]/ }, (args) =>
              args.path.startsWith("@callboard/") ? undefined : { path: args.path, external: true },
            );
          },
        },
      ],
    });
    return outfile;
  })();
  return built;
}
