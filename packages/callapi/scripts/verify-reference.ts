/**
 * Walks the reference itself (not the fixtures) through the package: every JSON example must
 * parse with its method's schemas, every mnemonic of its error tables must be in errorCatalog,
 * and broken params must be refused. Exits 1 on any finding.
 *   npx tsx packages/callapi/scripts/verify-reference.ts [path/to/call-api-v4.txt]
 */
import { resolve } from "node:path";
import {
  checkParams,
  dataMethods,
  errorCatalog,
  isCallMethodName,
  isDataMethodName,
  methods,
  rpcErrorResponseSchema,
  rpcRequestSchema,
  rpcSuccessSchema,
} from "../src/index";
import { defaultReferencePath, extractReference } from "./reference-extract";

const { examples, errors } = extractReference(resolve(process.argv[2] ?? defaultReferencePath));
const findings: string[] = [];
let checked = 0;

for (const example of examples) {
  const where = `${example.source}:${example.line} ${example.method} ${example.kind}`;
  checked++;
  if (example.kind === "request") {
    const request = rpcRequestSchema.safeParse(example.json);
    if (!request.success || !isCallMethodName(request.data.method)) {
      findings.push(`${where}: not a request of a known method`);
      continue;
    }
    const params = methods[request.data.method].params.safeParse(request.data.params);
    if (!params.success) findings.push(`${where}: ${params.error.message}`);
  } else if (example.kind === "reply") {
    const reply = rpcSuccessSchema.safeParse(example.json);
    const method = example.method;
    const schema = isCallMethodName(method)
      ? methods[method].result
      : isDataMethodName(method)
        ? dataMethods[method].result
        : undefined;
    const data = schema?.safeParse(reply.data?.result.data);
    if (!reply.success || !data?.success) findings.push(`${where}: reply does not parse`);
  } else if (example.kind === "error") {
    if (!rpcErrorResponseSchema.safeParse(example.json).success) {
      findings.push(`${where}: error reply does not parse`);
    }
  }
}

for (const row of errors) {
  checked++;
  const entry = (errorCatalog as Record<string, { codes: number[] }>)[row.mnemonic];
  if (!entry) findings.push(`line ${row.line}: ${row.mnemonic} missing from errorCatalog`);
  else if (!entry.codes.includes(row.code)) {
    findings.push(`line ${row.line}: ${row.mnemonic} lacks code ${row.code}`);
  }
}

// Broken params, built from each example request: each must be refused with the right mnemonic.
for (const example of examples.filter((e) => e.kind === "request")) {
  const { method, params } = example.json as { method: string; params: Record<string, unknown> };
  if (!isCallMethodName(method)) continue;
  const [firstKey] = Object.keys(params);
  const { [firstKey ?? ""]: _dropped, ...missing } = params;
  const cases: [string, unknown, string][] = [
    ["a missing required field", missing, "required_parameter_missed"],
    ["an unknown field", { ...params, unknown_field: 1 }, "unexpected_parameters"],
  ];
  if ("first_call" in params) {
    cases.push([
      "a wrong enum value",
      { ...params, first_call: "nobody" },
      "invalid_parameter_value",
    ]);
  }
  if (method === "start.employee_call" || method === "start.simple_call") {
    cases.push([
      "early_switching without switch_at_once",
      { ...params, switch_at_once: false, early_switching: true },
      "invalid_parameters_combination",
    ]);
  }
  for (const [what, broken, mnemonic] of cases) {
    checked++;
    const result = checkParams(method, broken);
    const got = result.ok ? "accepted" : result.error.mnemonic;
    if (got !== mnemonic) findings.push(`${method} with ${what}: ${got}, expected ${mnemonic}`);
  }
}

console.log(`${checked} checks on ${examples.length} examples and ${errors.length} error rows`);
for (const finding of findings) console.log(`FAIL ${finding}`);
if (findings.length > 0) process.exit(1);
console.log("all examples parse, all mnemonics are catalogued, broken params are refused");
