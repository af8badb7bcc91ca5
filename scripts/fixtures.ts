/**
 * Writes every fixture taken from the Call API reference, which is not part of the repo, so
 * tests never need it: packages/callapi/fixtures (every JSON example, every error-table row, the
 * leg-state texts) and the simulator's request/reply pairs. Run after the reference changes:
 *
 *   npm run fixtures -- [path/to/call-api-v4.txt]   # default ../shared/spec/call-api-v4.txt
 *
 * scripts/fixtures.test.ts checks the committed files are what this writes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  defaultReferencePath,
  type Example,
  examplePairs,
  extractReference,
} from "../packages/callapi/scripts/reference-extract";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export { defaultReferencePath };

/** Every fixture, by its path from the repo root. */
export const fixturePaths = {
  examples: "packages/callapi/fixtures/reference-examples.json",
  errors: "packages/callapi/fixtures/reference-errors.json",
  legStates: "packages/callapi/fixtures/leg-state-texts.json",
  simExamples: "apps/callapi-sim/test/fixtures/reference-examples.json",
} as const;

export type FixtureName = keyof typeof fixturePaths;

/** How every fixture is written: two-space JSON and a final newline. */
export const toFixtureText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The simulator's fixture, derived from the package's examples. */
export const simExamplesFrom = (examples: Example[]) => examplePairs(examples);

/** The text of every fixture as read from the reference at `referencePath`. */
export function renderFixtures(referencePath: string): Record<FixtureName, string> {
  const { examples, errors, legStates } = extractReference(referencePath);
  return {
    examples: toFixtureText(examples),
    errors: toFixtureText(errors),
    legStates: toFixtureText(legStates),
    simExamples: toFixtureText(simExamplesFrom(examples)),
  };
}

/** The committed text of a fixture. */
export const committedFixture = (name: FixtureName) =>
  readFileSync(join(repoRoot, fixturePaths[name]), "utf8");

if (import.meta.url === `file://${process.argv[1]}`) {
  const referencePath = resolve(process.argv[2] ?? defaultReferencePath);
  const rendered = renderFixtures(referencePath);
  for (const name of Object.keys(fixturePaths) as FixtureName[]) {
    writeFileSync(join(repoRoot, fixturePaths[name]), rendered[name]);
    console.log(`wrote ${fixturePaths[name]}`);
  }
}
