import { methods } from "@callboard/callapi";
import { describe, expect, it } from "vitest";
import examples from "./fixtures/reference-examples.json";
import { type Json, useSimulator } from "./sim-harness";

// Every example request of the reference (the fixture is written by `npm run fixtures`),
// sent with a valid token, gets a reply of the shape of the reference's example reply.

const h = useSimulator();

type Setup = "talk" | "hold" | "dialing" | "operator_talk";

/** The state each example's call_session_id must be in for its method to succeed. */
const sessionSetups: Record<string, Setup> = {
  "make.call": "hold",
  "transfer.talk": "operator_talk",
  "restore.talk": "dialing",
  "hold.call": "talk",
  "unhold.call": "hold",
  "tag.call": "talk",
  "disconnect.leg": "talk",
  "add.coach": "talk",
  "record.call": "talk",
  "block.contact": "talk",
  "call.talk_option": "talk",
  "send.dtmf": "talk",
  "release.call": "talk",
};

/** The structure of a value: keys of objects, the first item of arrays; null fits any type. */
function shapeOf(value: unknown): Json {
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (value === null) return "null";
  if (typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}

function sameShape(actual: Json, expected: Json): boolean {
  if (actual === "null" || expected === "null") return true;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && (expected.length === 0 || sameShape(actual[0], expected[0]));
  }
  if (typeof expected === "object") {
    if (typeof actual !== "object" || Array.isArray(actual)) return false;
    const keys = Object.keys(expected);
    if (keys.join() !== Object.keys(actual).join()) return false;
    return keys.every((key) => sameShape(actual[key], expected[key]));
  }
  return actual === expected;
}

describe("the reference's example requests", () => {
  it("covers all 22 methods", () => {
    expect(new Set(examples.map((example) => example.request.method)).size).toBe(22);
  });

  it.each(examples.map((example) => [example.request.method, example] as const))(
    "%s answers the shape of the example reply",
    async (method, example) => {
      const params: Record<string, unknown> = { ...example.request.params };
      if (method === "login.user") Object.assign(params, { login: "demo", password: "demo" });
      else if (method === "logout.user") {
        const login = await h.call("login.user", {
          access_token: undefined,
          login: "demo",
          password: "demo",
        });
        params.access_token = login.result?.data.access_token;
      } else params.access_token = "demo-key";
      const setup = sessionSetups[method];
      if (setup) {
        const call = await h.control.createCall({
          state: setup,
          call_session_id: Number(params.call_session_id),
        });
        // The example's leg id 9875 is not in the simulated world: use the session's own (B).
        if (method === "disconnect.leg")
          params.leg_id = call.legs.find((leg) => leg.role === "operator")?.leg_id;
      }
      if (method === "list.calls") {
        const call = await h.control.createCall({
          state: "talk",
          virtual_phone_number: "74951045771",
        });
        await h.call("tag.call", { call_session_id: call.call_session_id, tag_id: 254 });
      }
      const response = await fetch(h.sim.callApiUrl, {
        method: "POST",
        headers: { "content-type": "application/json; charset=UTF-8" },
        body: JSON.stringify({ ...example.request, params }),
      });
      const reply = (await response.json()) as Json;
      expect(reply.error, JSON.stringify(reply.error)).toBeUndefined();
      expect(reply).toMatchObject({ jsonrpc: "2.0", id: "req1" });
      const expected = example.reply as Json;
      expect(
        sameShape(shapeOf(reply.result.data), shapeOf(expected.result.data)),
        JSON.stringify(reply.result.data),
      ).toBe(true);
      const schema = methods[method as keyof typeof methods].result;
      expect(schema.safeParse(reply.result.data).success).toBe(true);
    },
  );
});
