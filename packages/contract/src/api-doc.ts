import { z } from "zod";
import { startCallBodySchemas } from "./calls";
import { type RouteSpec, routes } from "./routes";

interface JsonSchemaNode {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchemaNode[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  description?: string;
}

function typeOf(node: JsonSchemaNode): string {
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(" \\| ");
  if (node.anyOf) return node.anyOf.map(typeOf).join(" \\| ");
  if (node.type === "object" && node.properties) {
    const req = new Set(node.required ?? []);
    const inner = Object.entries(node.properties)
      .map(([k, v]) => `${k}${req.has(k) ? "" : "?"}: ${typeOf(v)}`)
      .join(", ");
    return `{${inner}}`;
  }
  if (node.type === "array" && node.items) return `${typeOf(node.items)}[]`;
  return Array.isArray(node.type) ? node.type.join(" \\| ") : (node.type ?? "any");
}

/** One line per field: `name` (type), required or optional. */
function fieldsOf(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { unrepresentable: "any", io: "input" }) as JsonSchemaNode;
  const properties = Object.entries(json.properties ?? {});
  if (properties.length === 0) return "(empty object)";
  const required = new Set(json.required ?? []);
  return properties
    .map(([name, node]) => `\`${name}${required.has(name) ? "" : "?"}\`: ${typeOf(node)}`)
    .join("<br>");
}

function row(name: string, route: RouteSpec): string {
  const input = route.body
    ? fieldsOf(route.body)
    : route.query
      ? `query: ${fieldsOf(route.query)}`
      : "";
  const access = route.access === "public" ? "public" : `${route.access}+`;
  return `| \`${route.method} ${route.path}\` | ${name} | ${access} | ${route.upstream ?? ""} | ${input} |`;
}

/** The BFF's HTTP API as Markdown, generated from the contract so the doc cannot drift from the code. */
export function renderApiDoc(): string {
  const lines = [
    "# The BFF's HTTP API",
    "",
    "Generated from `packages/contract` by `npm run docs:api`; a test fails when this file is out of date.",
    "",
    "Every request and reply is JSON. Sessions are an httpOnly, SameSite=Strict cookie set by `POST /api/session`;",
    "every state-changing request must carry the session's CSRF token as `X-CSRF-Token`. Actions accept an",
    "`Idempotency-Key` header: a repeat with the same key and body within 5 minutes gets the first answer.",
    "Every failure is an `ApiError` body: `{status, mnemonic, code?, message, hint?, field?, params?, issues?,",
    "retryAfterSeconds?, requestId?}`, with `message` in the language of `Accept-Language` (English or Russian).",
    "Access `operator+` means operator, supervisor or admin.",
    "",
    "| route | name | access | Call API | input |",
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(routes).map(([name, route]) => row(name, route)),
    "",
    "## Outbound calls: `POST /api/calls/start/:kind`",
    "",
    "The body is the Call API method's params without `access_token`, with the reference's cross-field rules.",
    "",
    "| kind | fields |",
    "| --- | --- |",
    ...Object.entries(startCallBodySchemas).map(
      ([kind, schema]) => `| ${kind} | ${fieldsOf(schema)} |`,
    ),
    "",
    "## Live feed: `GET /api/calls/events`",
    "",
    "Server-Sent Events. `event: snapshot` (all calls), `event: delta` (`upserted`, `removed`, `baseVersion`),",
    "`event: status` (upstream health, poll interval, budget). The SSE `id` is the feed version: reconnect with",
    "`Last-Event-ID` to receive the deltas missed, or a fresh snapshot when they are gone.",
    "",
  ];
  return lines.join("\n");
}
