import {
  type CallMethodName,
  checkParams,
  type DataMethodName,
  isCallMethodName,
} from "@callboard/callapi";
import { apiErrorSchema, type RouteName, routes, startCallKinds } from "@callboard/contract";
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { JsonRpcTransport } from "../../src/upstream/json-rpc-transport";
import {
  type Agent,
  type Harness,
  startHarness,
  UPSTREAM_PASSWORD,
  WEBHOOK_SECRET,
} from "../harness";
import { type RouteSample, routeSamples } from "./route-samples";

/**
 * The upstream tokens the BFF was handed: the transport is wrapped to read login.user replies,
 * since neither the simulator's control API nor its request log (masked) shows them.
 */
const upstream = vi.hoisted(() => ({ tokens: new Set<string>() }));
vi.mock("../../src/upstream/json-rpc-transport", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/upstream/json-rpc-transport")>();
  return {
    ...original,
    createJsonRpcTransport: (): JsonRpcTransport => {
      const inner = original.createJsonRpcTransport();
      return {
        async post(url, body, options) {
          const reply = await inner.post(url, body, options);
          if (body.includes('"login.user"')) {
            const token = (
              JSON.parse(reply.text) as { result?: { data?: { access_token?: unknown } } }
            ).result?.data?.access_token;
            if (typeof token === "string") upstream.tokens.add(token);
          }
          return reply;
        },
        close: () => inner.close(),
      };
    },
  };
});

// The event stream never ends, and logout would end the admin's session: neither takes input.
const fuzzedRoutes = (Object.keys(routes) as RouteName[]).filter(
  (name) => name !== "callEvents" && name !== "logout",
);

const SESSION_SECRET = "test-session-secret-0123456789abcdef";
/** Runs per route and per property: enough to shake every schema, small enough for 2 cores. */
const RUNS = 8;

let h: Harness;
let admin: Agent;
let samples: RouteSample[];
let callIds: number[];
let legIds: number[];
let userIds: number[];

beforeAll(async () => {
  h = await startHarness();
  admin = await h.login("admin");
  const calls = await Promise.all([
    h.control.createCall({ state: "talk" }),
    h.control.createCall({ state: "hold" }),
    h.control.createCall({ state: "dialing" }),
  ]);
  callIds = calls.map((call) => call.call_session_id);
  legIds = calls.flatMap((call) => call.legs.map((leg) => leg.leg_id));
  userIds = ((await admin.get("/api/users")).body as { id: number }[]).map((user) => user.id);
  samples = routeSamples({
    callId: callIds[0] ?? 1,
    legId: legIds[0] ?? 1,
    userId: userIds[0] ?? 1,
  });
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.control.clearRequests();
  h.logLines.length = 0;
});

const secrets = () => [UPSTREAM_PASSWORD, WEBHOOK_SECRET, SESSION_SECRET, ...upstream.tokens];

const text = fc.string({ unit: "grapheme", maxLength: 24 });
/** What a header may carry (printable ASCII; Node refuses the rest before it is sent). */
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
  maxLength: 40,
});
const pathSegment = (known: number[]) =>
  fc.oneof(
    fc.constantFrom(...known.map(String)),
    fc.integer({ min: -5, max: 2 ** 53 }).map(String),
    fc.constantFrom("0", "1e3", "0x10", "1.5", "-1", "NaN", "99999999999999999999", "%00", "1;2"),
    text.map(encodeURIComponent),
  );

/** The route's path with every `:param` drawn from live ids, edge numbers and junk. */
function pathArbitrary(sample: RouteSample): fc.Arbitrary<string> {
  const names = [...sample.spec.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? "");
  if (names.length === 0) return fc.constant(sample.spec.path);
  const parts = names.map((name) => {
    if (name === "kind")
      return fc.oneof(fc.constantFrom(...startCallKinds), text.map(encodeURIComponent));
    if (name === "legId") return pathSegment(legIds);
    return pathSegment(sample.spec.path.startsWith("/api/users") ? userIds : callIds);
  });
  return fc.tuple(...parts).map((values) => {
    let path = sample.spec.path;
    names.forEach((name, index) => {
      path = path.replace(`:${name}`, values[index] ?? "");
    });
    return path;
  });
}

/** A valid body with one change: a field replaced by any JSON, dropped, or a foreign one added. */
function mutatedBody(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const key = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), text) : text;
  return fc.oneof(
    fc.tuple(key, fc.jsonValue({ maxDepth: 3 })).map(([k, v]) => ({ ...valid, [k]: v })),
    key.map((k) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== k))),
    fc
      .tuple(key, fc.constantFrom("", " ", "0", "-1", "+7", "a".repeat(300), "\u0000", "<script>"))
      .map(([k, v]) => ({ ...valid, [k]: v })),
  );
}

const queryArbitrary = fc.dictionary(
  fc.oneof(text, fc.constantFrom("direction", "virtual_phone_number", "limit", "before", "from")),
  fc.oneof(text, fc.array(text, { maxLength: 3 })),
  { maxKeys: 4 },
);

interface FuzzInput {
  path: string;
  body: unknown;
  query: Record<string, string | string[]>;
  language: string;
  /** Headers the BFF reads besides the session: echoed request ids, replay keys. */
  requestId: string;
  idempotencyKey: string;
}

async function sendFuzzed(sample: RouteSample, input: FuzzInput) {
  // Public routes go without the admin's session (a fuzzed login must not replace it).
  const agent = sample.spec.access === "public" ? h.anonymous() : admin;
  const method = sample.spec.method.toLowerCase() as "get" | "post" | "patch" | "delete";
  let request = agent[method](input.path)
    .query(input.query)
    .set("Accept-Language", input.language)
    .set("X-Request-Id", input.requestId);
  if (input.idempotencyKey) request = request.set("Idempotency-Key", input.idempotencyKey);
  if (sample.name === "webhook") request = request.set("X-Callboard-Secret", WEBHOOK_SECRET);
  if (input.body === undefined) return request;
  return request.set("Content-Type", "application/json").send(JSON.stringify(input.body));
}

function expectSafeReply(
  sample: RouteSample,
  input: FuzzInput,
  reply: { status: number; body: unknown; headers: Record<string, unknown> },
) {
  const seen = { route: sample.name, input, status: reply.status };
  expect(seen).not.toMatchObject({ status: 500 });
  if (reply.status >= 400) {
    const parsed = apiErrorSchema.safeParse(reply.body);
    expect({ ...seen, apiError: parsed.success }).toMatchObject({ apiError: true });
    expect((reply.body as { mnemonic: string }).mnemonic).not.toBe("internal_error");
  }
  // A request id is echoed only when it is a plain token (no header or log injection).
  expect(String(reply.headers["x-request-id"])).toMatch(/^[\w.-]{1,64}$/);
  const everything = JSON.stringify(reply.body) + JSON.stringify(reply.headers);
  // The notification kit gives admins the URL to paste into CallGear, the webhook's secret in
  // it (CallGear sends no header of ours): the one reply that carries that secret, and only it.
  const allowed = sample.name === "notificationKit" && reply.status === 200 ? [WEBHOOK_SECRET] : [];
  for (const secret of secrets()) {
    if (!allowed.includes(secret)) expect(everything).not.toContain(secret);
  }
}

/** After a route's runs: every request that reached the simulator passed checkParams; no log line holds a secret. */
async function expectCleanUpstreamAndLogs(sample: RouteSample) {
  for (const sent of await h.control.requests()) {
    const method = sent.method as CallMethodName | DataMethodName;
    const checked = checkParams(method, sent.params);
    expect({ route: sample.name, method, params: sent.params, ok: checked.ok }).toMatchObject({
      ok: true,
    });
    expect(isCallMethodName(method) || sent.endpoint === "data").toBe(true);
  }
  const log = h.logLines.join("\n");
  // The webhook's own secret in the log has its own test (secrets-in-logs.test.ts).
  for (const secret of secrets().filter((s) => s !== WEBHOOK_SECRET)) {
    expect(log).not.toContain(secret);
  }
}

describe("fuzzing every route's input (fast-check)", () => {
  it.each(fuzzedRoutes)("%s: never a 500, an invalid upstream call or a secret", async (name) => {
    const sample = samples.find((candidate) => candidate.name === name);
    if (!sample) throw new Error(`no sample for ${name}`);
    const index = fuzzedRoutes.indexOf(name);
    const language = fc.oneof(fc.constantFrom("en", "ru", "ru-RU,ru;q=0.9", "*", ""), headerText);
    const anyInput = fc.record({
      path: pathArbitrary(sample),
      body: sample.spec.method === "GET" ? fc.constant(undefined) : fc.jsonValue({ maxDepth: 4 }),
      query: sample.spec.method === "GET" ? queryArbitrary : fc.constant({}),
      language,
      requestId: headerText,
      idempotencyKey: headerText,
    });
    const nearValid = fc.record({
      path: pathArbitrary(sample),
      body: sample.body ? mutatedBody(sample.body) : fc.constant(undefined),
      query: sample.spec.method === "GET" ? queryArbitrary : fc.constant({}),
      language,
      requestId: headerText,
      idempotencyKey: headerText,
    });
    const property = fc.asyncProperty(fc.oneof(anyInput, nearValid), async (input: FuzzInput) => {
      expectSafeReply(sample, input, await sendFuzzed(sample, input));
    });
    await fc.assert(property, { numRuns: RUNS * 2, seed: 20_261_126 + index });
    await expectCleanUpstreamAndLogs(sample);
  });

  it("saw the upstream tokens it checks for", () => {
    expect(upstream.tokens.size).toBeGreaterThan(0);
  });
});
