import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ErrorRow, Example } from "../packages/callapi/scripts/reference-extract";
import {
  committedFixture,
  defaultReferencePath,
  type FixtureName,
  fixturePaths,
  renderFixtures,
  simExamplesFrom,
  toFixtureText,
} from "./fixtures";

const names = Object.keys(fixturePaths) as FixtureName[];
const parsed = <T>(name: FixtureName) => JSON.parse(committedFixture(name)) as T;

/** What must hold of the committed fixtures whatever the reference says. */
function expectFixturesHoldTogether() {
  for (const name of names) {
    expect(committedFixture(name), fixturePaths[name]).toBe(
      toFixtureText(JSON.parse(committedFixture(name))),
    );
  }
  const examples = parsed<Example[]>("examples");
  expect(committedFixture("simExamples")).toBe(toFixtureText(simExamplesFrom(examples)));
  const kinds = new Set(["request", "reply", "error", "structure"]);
  expect(examples.every((example) => kinds.has(example.kind))).toBe(true);
  const lines = examples.filter((e) => e.source === "call-api-v4.txt").map((e) => e.line);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
  expect(new Set(lines).size).toBe(lines.length);
  expect(simExamplesFrom(examples).every((pair) => pair.reply !== undefined)).toBe(true);

  const errors = parsed<ErrorRow[]>("errors");
  expect(errors.length).toBeGreaterThan(0);
  for (const row of errors) {
    expect(row.code).toBeGreaterThanOrEqual(-32999);
    expect(row.code).toBeLessThanOrEqual(-32000);
    expect(row.mnemonic).toMatch(/^[a-z_]+$/);
  }
  const legStates = parsed<Record<string, string[]>>("legStates");
  expect(Object.keys(legStates)).toEqual([
    "reference",
    "referenceExample",
    "russian",
    "otherEnglish",
  ]);
  for (const texts of Object.values(legStates)) {
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((text) => text.length > 0)).toBe(true);
  }
}

describe("the fixtures taken from the Call API reference", () => {
  const present = existsSync(defaultReferencePath);
  it(
    present
      ? "are what `npm run fixtures` writes from the reference"
      : "hold together (the reference is not beside the repo, so they are checked on their own)",
    () => {
      if (!present) return expectFixturesHoldTogether();
      const rendered = renderFixtures(defaultReferencePath);
      for (const name of names) {
        expect(committedFixture(name), fixturePaths[name]).toBe(rendered[name]);
      }
    },
  );

  it("give the simulator each example request with the reply that follows it", () => {
    const examples = parsed<Example[]>("examples");
    const pairs = simExamplesFrom(examples);
    expect(pairs.length).toBe(examples.filter((e) => e.kind === "request").length);
    expect(committedFixture("simExamples")).toBe(toFixtureText(pairs));
  });
});
