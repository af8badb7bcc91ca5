import { methods } from "@callboard/callapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../src/sim-options";
import { startSimulator } from "../src/simulator";
import examples from "./fixtures/reference-examples.json";
import type { Json } from "./sim-harness";

// What a new user does: start the simulator as `npm run sim` does (with the reference's example
// calls) and send the reference's example requests exactly as printed, in the reference's order.

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, clock: "manual", inboundPerMinute: 0, exampleCalls: true });
});

afterAll(async () => {
  await sim.close();
});

describe("the reference's example requests, sent verbatim", () => {
  it("all succeed, each with a result.data of its example's keys", async () => {
    for (const example of examples) {
      const response = await fetch(sim.callApiUrl, {
        method: "POST",
        headers: { "content-type": "application/json; charset=UTF-8" },
        body: JSON.stringify(example.request),
      });
      const reply = (await response.json()) as Json;
      const method = example.request.method as keyof typeof methods;
      expect(reply.error, `${method}: ${JSON.stringify(reply.error)}`).toBeUndefined();
      const expected = (example.reply as Json).result.data;
      const actual = reply.result.data;
      if (Array.isArray(expected)) {
        expect(actual.length, method).toBeGreaterThan(0);
        expect(Object.keys(actual[0]).sort(), method).toEqual(Object.keys(expected[0]).sort());
      } else {
        expect(Object.keys(actual).sort(), method).toEqual(Object.keys(expected).sort());
      }
      expect(methods[method].result.safeParse(actual).success, method).toBe(true);
    }
  });

  it("lists the list.calls example's session with its number, contact and tag", async () => {
    const reply = (await (
      await fetch(sim.callApiUrl, {
        method: "POST",
        body: JSON.stringify({
          jsonrpc: "2.0",
          id: 1,
          method: "list.calls",
          params: { access_token: "demo-key", virtual_phone_number: "74951045771" },
        }),
      })
    ).json()) as Json;
    expect(reply.result.data[0]).toMatchObject({
      call_session_id: 206597836,
      direction: "in",
      contact_phone_number: "74959268686",
      tags: [{ tag_id: 254, tag_name: "Relevant" }],
    });
  });
});
