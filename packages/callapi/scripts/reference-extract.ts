/**
 * Reads the reference's examples, error tables and leg-state texts out of the Call API reference
 * (`call-api-v4.txt`) and the notes kept beside it (`data-api-directory.md`, `call-states.md`).
 * The reference is not part of the repo: scripts/fixtures.ts commits what is read here.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Where the reference usually sits: `../shared/spec/call-api-v4.txt` from the repo root. */
export const defaultReferencePath = join(packageDir, "../../../shared/spec/call-api-v4.txt");

export type ExampleKind = "request" | "reply" | "error" | "structure";
export interface Example {
  source: string;
  line: number;
  /** The method whose page holds the example ("*" outside a method page). */
  method: string;
  kind: ExampleKind;
  json: unknown;
}
export interface ErrorRow {
  source: string;
  line: number;
  /** The method whose table lists it, or "*" for the errors common to all methods. */
  method: string;
  template: string;
  code: number;
  mnemonic: string;
}

function kindOf(json: Record<string, unknown>): ExampleKind {
  if ("method" in json && "params" in json) return "request";
  if ("error" in json) return "error";
  if ("result" in json) return "reply";
  return "structure";
}

// A JSON block starts with "{" at the start of a line and ends with "}" at the start of a line.
// The meta parameters' "JSON structure" starts with a bare `"metadata": {` and is wrapped.
function extractJsonBlocks(source: string, text: string, examples: Example[]): void {
  const lines = text.split("\n");
  let method = "*";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const methodLine = /^Method ([a-z_]+\.[a-z_]+)$/.exec(line.trim());
    if (methodLine?.[1]) method = methodLine[1];
    if (line.trim() === "Error messages") method = "*";
    const startsBare = line.startsWith('"metadata": {');
    if (!line.startsWith("{") && !startsBare) continue;
    const block = [line];
    let end = i;
    if (!line.trim().endsWith("}") || startsBare) {
      for (end = i + 1; end < lines.length; end++) {
        block.push(lines[end] ?? "");
        if (lines[end]?.startsWith("}")) break;
      }
    }
    const body = startsBare ? `{${block.join("\n")}}` : block.join("\n");
    const json = JSON.parse(body) as Record<string, unknown>;
    const requested = typeof json.method === "string" ? json.method : undefined;
    const kind = startsBare ? "structure" : kindOf(json);
    examples.push({ source, line: i + 1, method: requested ?? method, kind, json });
    i = end;
  }
}

// Rows of the error tables: "<text> <code> <mnemonic> [<description>]", the table starting after
// a "List of returning errors" or "List of errors common for all methods" heading.
function extractErrorTables(source: string, text: string): ErrorRow[] {
  const rows: ErrorRow[] = [];
  const lines = text.split("\n");
  let method = "*";
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const methodLine = /^Method ([a-z_]+\.[a-z_]+)$/.exec(line);
    if (methodLine?.[1]) method = methodLine[1];
    if (line === "List of returning errors") inTable = true;
    if (line === "List of errors common for all methods") {
      inTable = true;
      method = "*";
    }
    if (line.startsWith("Refer to")) inTable = false;
    // Prose that names an error: "-32602 invalid_parameters_combination The combination ...".
    for (const m of line.matchAll(/"(-32\d{3}) ([a-z_]+) ([^"]+)"/g)) {
      rows.push({
        source,
        line: i + 1,
        method,
        code: Number(m[1]),
        mnemonic: m[2]!,
        template: m[3]!,
      });
    }
    if (!inTable) continue;
    const row = /^(.*?) (-32\d{3}) ([a-z_]+)(?: .*)?$/.exec(line);
    if (row) {
      rows.push({
        source,
        line: i + 1,
        method,
        template: row[1]!,
        code: Number(row[2]),
        mnemonic: row[3]!,
      });
    }
  }
  return rows;
}

// The call-states notes say: "The reference lists: A, B, ...; its own example says "Talk". The Russian
// service sends: ... Another English edition says: ..."
function extractLegStateTexts(text: string): Record<string, string[]> {
  const list = (label: RegExp) => {
    const m = label.exec(text);
    if (!m?.[1]) throw new Error(`leg states not found: ${label}`);
    return m[1].split(",").map((s) => s.trim());
  };
  return {
    reference: list(/The reference lists: ([^;]+);/),
    referenceExample: list(/its own example says "([^"]+)"/),
    russian: list(/The Russian service sends: ([^.]+)\./),
    otherEnglish: list(/Another English edition says: ([^.]+)\./),
  };
}

export interface ReferenceExtract {
  examples: Example[];
  errors: ErrorRow[];
  legStates: Record<string, string[]>;
}

/** Everything the fixtures hold, from the reference at `referencePath` and its sibling notes. */
export function extractReference(referencePath: string): ReferenceExtract {
  const read = (name: string) => readFileSync(join(dirname(referencePath), name), "utf8");
  const reference = readFileSync(referencePath, "utf8");
  const examples: Example[] = [];
  extractJsonBlocks("call-api-v4.txt", reference, examples);
  // The directory's only example is a get.tags reply, on one line.
  for (const m of read("data-api-directory.md").matchAll(/```json\n(.*)\n```/g)) {
    const json: unknown = JSON.parse(m[1]!);
    examples.push({
      source: "data-api-directory.md",
      line: 0,
      method: "get.tags",
      kind: "reply",
      json,
    });
  }
  return {
    examples,
    errors: extractErrorTables("call-api-v4.txt", reference),
    legStates: extractLegStateTexts(read("call-states.md")),
  };
}

/** A request example with the reply that follows it on its method's page. */
export interface ExamplePair {
  request: unknown;
  reply: unknown;
}

/** Each example request with the next example reply of the same method (the simulator's fixture). */
export function examplePairs(examples: Example[]): ExamplePair[] {
  return examples.flatMap((example, index) => {
    if (example.kind !== "request") return [];
    const reply = examples
      .slice(index + 1)
      .find((later) => later.kind === "reply" && later.method === example.method);
    return [{ request: example.json, reply: reply?.json }];
  });
}
