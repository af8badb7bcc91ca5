import type { CallLeg, CallSession } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { applyActionEffect } from "./action-effects";

const leg = (id: number, isOperator: boolean, state: CallLeg["state"]): CallLeg =>
  ({ id, isOperator, state }) as CallLeg;
const session = (phase: CallSession["phase"], legs: CallLeg[]): CallSession =>
  ({ id: 1, phase, legs }) as CallSession;

describe("applyActionEffect", () => {
  it("puts the contact on hold and takes them back", () => {
    const talking = session("talk", [leg(1, false, "talking"), leg(2, true, "talking")]);
    const held = applyActionEffect("hold", talking);
    expect(held?.phase).toBe("hold");
    expect(held?.unconfirmed).toBe(true);
    expect(held?.legs.map((l) => l.state)).toEqual(["on_hold", "talking"]);
    expect(applyActionEffect("unhold", held!)?.phase).toBe("talk");
  });

  it("drops the consulted colleague on a return to the caller", () => {
    const consulting = session("operator_talk", [
      leg(1, false, "on_hold"),
      leg(2, true, "operators_talking"),
      leg(3, true, "operators_talking"),
    ]);
    const back = applyActionEffect("restore", consulting);
    expect(back?.phase).toBe("talk");
    expect(back?.legs.map((l) => l.state)).toEqual(["talking", "talking", "disconnected"]);
  });

  it("changes nothing the legs do not allow", () => {
    const held = session("hold", [leg(1, false, "on_hold"), leg(2, true, "talking")]);
    expect(applyActionEffect("hold", held)).toBeUndefined();
    expect(
      applyActionEffect("unhold", session("talk", [leg(1, false, "talking")])),
    ).toBeUndefined();
    expect(applyActionEffect("restore", session("ringing", [leg(1, false, "dialing")]))).toBe(
      undefined,
    );
  });
});
