import { describe, expect, it } from "vitest";
import { allowed, callIn, expectedStates, holdMusic, setups, stateOf } from "./call-states";
import { outcome, useSimulator } from "./sim-harness";

const h = useSimulator();

describe("where each method of the reference's call-state diagram is allowed", () => {
  it.each(setups)("builds a call in %s", async (setup) => {
    const call = await callIn(h, setup);
    expect(await stateOf(h, call.call_session_id)).toBe(expectedStates[setup]);
  });

  describe.each(Object.entries(allowed))("%s", (method, allowedIn) => {
    it.each(setups)("in %s", async (setup) => {
      const call = await callIn(h, setup);
      const id = call.call_session_id;
      const operatorLeg = call.legs.find((leg) => leg.role === "operator")?.leg_id;
      const params: Record<string, unknown> = { call_session_id: id };
      if (method === "hold.call") params.contact_message = holdMusic;
      if (method === "make.call") params.to = "79263334455";
      if (method === "disconnect.leg") params.leg_id = operatorLeg;
      const reply = await h.call(method, params);
      if (allowedIn.includes(setup)) {
        expect(reply.result?.data).toEqual(
          method === "logout.user" ? { success: true } : { success: "true" },
        );
      } else if (method === "disconnect.leg" && (setup === "post_talk" || setup === "finishing")) {
        // That leg has already dropped.
        expect(outcome(reply)).toBe("leg_not_found");
      } else {
        expect(reply.error).toMatchObject({
          code: -32004,
          message: "This method can not be called in this state",
          data: { mnemonic: "invalid_state" },
        });
      }
    });
  });
});
