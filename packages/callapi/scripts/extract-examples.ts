/**
 * Extracts the reference's examples and error tables into committed fixtures, so tests do not
 * depend on the spec folder. Run from the repo root after the spec changes:
 *   npx tsx packages/callapi/scripts/extract-examples.ts [path/to/spec-dir]
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { defaultSpecDir, extractReference, packageDir } from "./reference-extract";

const specDir = resolve(process.argv[2] ?? defaultSpecDir);
const fixturesDir = join(packageDir, "fixtures");
const { examples, errors, legStates } = extractReference(specDir);

const write = (name: string, value: unknown) =>
  writeFileSync(join(fixturesDir, name), `${JSON.stringify(value, null, 2)}\n`);
write("reference-examples.json", examples);
write("reference-errors.json", errors);
write("leg-state-texts.json", legStates);
console.log(`${examples.length} examples, ${errors.length} error rows written to ${fixturesDir}`);
