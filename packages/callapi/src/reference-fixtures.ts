// Typed access to the fixtures extracted from the reference (`npm run fixtures`, scripts/fixtures.ts).

import legStatesJson from "../fixtures/leg-state-texts.json";
import errorsJson from "../fixtures/reference-errors.json";
import examplesJson from "../fixtures/reference-examples.json";

export interface ReferenceExample {
  source: string;
  line: number;
  method: string;
  kind: "request" | "reply" | "error" | "structure";
  json: unknown;
}

export interface ReferenceErrorRow {
  source: string;
  line: number;
  method: string;
  template: string;
  code: number;
  mnemonic: string;
}

export const referenceExamples = examplesJson as ReferenceExample[];
export const referenceErrors = errorsJson as ReferenceErrorRow[];
export const legStateTexts = legStatesJson as Record<
  "reference" | "referenceExample" | "russian" | "otherEnglish",
  string[]
>;

/** The params of the reference's example request of a method (a fresh copy). */
export function exampleParams(method: string): Record<string, unknown> {
  const found = referenceExamples.find((e) => e.kind === "request" && e.method === method);
  if (!found) throw new Error(`no example request of ${method}`);
  return structuredClone((found.json as { params: Record<string, unknown> }).params);
}
