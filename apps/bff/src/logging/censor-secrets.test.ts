import { Writable } from "node:stream";
import fc from "fast-check";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { CENSOR, censorSecrets } from "./censor-secrets";
import { createLogger, redactPaths } from "./logger";

/** One JSON line per log call, parsed. */
function capture(make: (sink: Writable) => pino.Logger) {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: make(sink), lines };
}

/** The redaction the BFF had before censorSecrets: the paths it keeps, plus pino's wildcards. */
const previousPaths = [
  ...redactPaths,
  "password",
  "*.password",
  "*.*.password",
  "access_token",
  "*.access_token",
  "*.*.access_token",
  "accessKey",
  "*.accessKey",
  "*.*.accessKey",
  "credentials",
  "*.credentials",
];

describe("censorSecrets", () => {
  it("censors credentials at the top and two levels down, in objects and arrays", () => {
    const logged = {
      password: "p0",
      upstream: { access_token: "t1", login: { password: "p2", user: "robot" } },
      accounts: [{ accessKey: "k1" }],
      config: { credentials: { kind: "key" } },
      method: "hold.call",
    };
    expect(censorSecrets(logged)).toEqual({
      password: CENSOR,
      upstream: { access_token: CENSOR, login: { password: CENSOR, user: "robot" } },
      accounts: [{ accessKey: CENSOR }],
      config: { credentials: CENSOR },
      method: "hold.call",
    });
  });

  it("never changes the caller's object, and answers it as is when there is nothing to censor", () => {
    const logged = { nested: { password: "secret" }, other: { a: 1 } };
    const censored = censorSecrets(logged);
    expect(logged.nested.password).toBe("secret");
    expect(censored.other).toBe(logged.other);
    const clean = { reqId: "r1", method: "POST", status: 200, session: true };
    expect(censorSecrets(clean)).toBe(clean);
  });

  it("keeps an Error an Error (message, stack) while censoring its properties", () => {
    const error = Object.assign(new Error("login failed"), { password: "hunter2" });
    const censored = censorSecrets({ err: error }).err;
    expect(censored).toBeInstanceOf(Error);
    expect(censored.message).toBe("login failed");
    expect(censored.password).toBe(CENSOR);
    expect(error.password).toBe("hunter2");
  });

  it("logs exactly what pino's previous wildcard redaction logged, for any JSON object", () => {
    const keys = fc.constantFrom(
      "password",
      "access_token",
      "accessKey",
      "credentials",
      "req",
      "headers",
      "cookie",
      "user",
      "method",
      "0",
    );
    const leaf = fc.oneof(
      fc.string({ maxLength: 5 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        leaf,
        fc.dictionary(keys, tie("node"), { maxKeys: 4 }),
        fc.array(tie("node"), { maxLength: 3 }),
      ),
    })).node;
    const now = capture((sink) => createLogger("info", sink));
    const before = capture((sink) =>
      pino(
        {
          level: "info",
          redact: { paths: previousPaths, censor: CENSOR },
          base: { app: "callboard-bff" },
        },
        sink,
      ),
    );
    fc.assert(
      fc.property(fc.dictionary(keys, tree, { maxKeys: 5 }), (logged) => {
        now.logger.info(structuredClone(logged), "line");
        before.logger.info(structuredClone(logged), "line");
        const a = { ...now.lines.pop(), time: 0 };
        const b = { ...before.lines.pop(), time: 0 };
        expect(a).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });
});
