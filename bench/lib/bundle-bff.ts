import { join } from "node:path";
import { buildBff } from "../../scripts/build-bff";
import { resultsDir } from "./report";

let built: Promise<string> | undefined;

/**
 * The BFF as `npm run build` bundles it for `npm run serve` (scripts/build-bff.ts), built once
 * per benchmark run into bench/results/ so a running `npm start` keeps its own apps/bff/dist.
 */
export function bundledBff(): Promise<string> {
  built ??= buildBff(join(resultsDir, "bff-bundle"));
  return built;
}
