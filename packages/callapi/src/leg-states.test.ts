import { describe, expect, it } from "vitest";
import {
  canonicalLegStates,
  type KnownLegState,
  legStateText,
  toCanonicalLegState,
} from "./leg-states";
import { legStateTexts } from "./reference-fixtures";

// The order of every edition's list in the reference's call-state notes (leg-state-texts.json).
const order: KnownLegState[] = [
  "dialing",
  "talking",
  "queued",
  "disconnected",
  "operators_talking",
  "on_hold",
  "transferring",
  "sending_dtmf",
  "receiving_fax",
  "fax_received",
  "sending_fax",
  "fax_sent",
];

describe("toCanonicalLegState", () => {
  it.each(["reference", "russian", "otherEnglish"] as const)(
    "maps every text of the %s edition to its state",
    (edition) => {
      const texts = legStateTexts[edition];
      expect(texts).toHaveLength(order.length);
      expect(texts.map((text) => toCanonicalLegState(text))).toEqual(order);
    },
  );

  it('maps the reference example\'s "Talk" to talking', () => {
    expect(legStateTexts.referenceExample.map((t) => toCanonicalLegState(t))).toEqual(["talking"]);
  });

  it("ignores case, spacing and the apostrophe's shape", () => {
    expect(toCanonicalLegState("  ON   HOLD ")).toBe("on_hold");
    expect(toCanonicalLegState("operators’ conversation")).toBe("operators_talking");
    expect(toCanonicalLegState("РАЗГОВОР")).toBe("talking");
    expect(toCanonicalLegState("sending DTMF")).toBe("sending_dtmf");
  });

  it("answers unknown for text it does not know, or no text", () => {
    expect(toCanonicalLegState("Ringing somewhere")).toBe("unknown");
    expect(toCanonicalLegState("")).toBe("unknown");
    expect(toCanonicalLegState(null)).toBe("unknown");
    expect(toCanonicalLegState(undefined)).toBe("unknown");
  });
});

describe("legStateText", () => {
  it("sends the reference's English and the Russian service's texts, which map back", () => {
    for (const state of canonicalLegStates) {
      if (state === "unknown") continue;
      expect(toCanonicalLegState(legStateText(state, "en"))).toBe(state);
      expect(toCanonicalLegState(legStateText(state, "ru"))).toBe(state);
    }
    expect(legStateText("talking", "en")).toBe("Conversation");
    expect(legStateText("talking", "ru")).toBe("Разговор");
    expect(legStateTexts.reference).toEqual(order.map((s) => legStateText(s, "en")));
    expect(legStateTexts.russian).toEqual(order.map((s) => legStateText(s, "ru")));
  });
});
