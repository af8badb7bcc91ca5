import { describe, expect, it } from "vitest";
import { mayRetryTransport } from "./retry-policy";
import { UpstreamError } from "./upstream-error";

const failure = (kind: "timeout" | "unreachable" | "http" | "malformed", maybeApplied: boolean) =>
  new UpstreamError({ kind, method: "x", maybeApplied });

describe("mayRetryTransport", () => {
  it.each([
    ["list.calls", failure("timeout", true), true],
    ["get.tags", failure("unreachable", true), true],
    ["list.talk_options", failure("unreachable", false), true],
    ["hold.call", failure("unreachable", false), true],
    ["hold.call", failure("timeout", true), false],
    ["transfer.talk", failure("unreachable", true), false],
    ["start.simple_call", failure("unreachable", false), false],
    ["start.employee_call", failure("timeout", true), false],
    ["list.calls", failure("http", false), false],
    ["list.calls", failure("malformed", true), false],
  ] as const)("%s after %o -> %s", (method, error, expected) => {
    expect(mayRetryTransport(method, error)).toBe(expected);
  });
});
