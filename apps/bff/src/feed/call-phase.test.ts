import type { LegState } from "@callboard/contract";
import { describe, expect, it } from "vitest";
import { deriveCallPhase } from "./call-phase";

const legs = (...states: LegState[]) => states.map((state) => ({ state }));

describe("the call phase read from the legs", () => {
  it.each([
    [["talking", "talking"], "talk"],
    [["talking", "talking", "dialing"], "talk"],
    [["queued", "dialing"], "ringing"],
    [["talking", "dialing"], "ringing"],
    [["on_hold", "talking"], "hold"],
    [["on_hold", "talking", "dialing"], "dialing"],
    [["transferring", "dialing"], "dialing"],
    [["on_hold", "operators_talking", "operators_talking"], "operator_talk"],
    [["talking"], "message"],
    [["sending_dtmf"], "message"],
    [["talking", "disconnected"], "finishing"],
    [["disconnected", "disconnected"], "finishing"],
    [["unknown", "unknown"], "unknown"],
    [[], "unknown"],
  ] as [LegState[], string][])("%j is %s", (states, phase) => {
    expect(deriveCallPhase(legs(...states))).toBe(phase);
  });
});
