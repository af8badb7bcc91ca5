import type { CallLeg, CallPhase } from "@callboard/contract";

/**
 * Where a session stands in the state diagram (the reference's call-state diagram, as the simulator's session-types.ts encodes it), read from its legs' canonical
 * states, since list.calls reports no session state:
 * - (B)+(C) talking while (A) waits: OPERATOR_TALK;
 * - (A) on hold (or being transferred) while someone is dialled: DIALING; otherwise HOLD;
 * - two parties talking: TALK (a coach being dialled does not change it);
 * - someone still ringing or queued: ringing (SESSION, before TALK);
 * - only dropped legs, or one party left: finishing (POST_TALK, FINISHING);
 * - one party alone from the start, connected: message (it hears an informer's message).
 */
export function deriveCallPhase(legs: readonly Pick<CallLeg, "state">[]): CallPhase {
  const active = legs.filter((leg) => leg.state !== "disconnected");
  if (active.length === 0) return legs.length > 0 ? "finishing" : "unknown";
  const count = (...states: CallLeg["state"][]) =>
    active.filter((leg) => states.includes(leg.state)).length;

  if (count("operators_talking") > 0) return "operator_talk";
  if (count("transferring") > 0) return "dialing";
  if (count("on_hold") > 0) return count("dialing") > 0 ? "dialing" : "hold";
  if (count("talking", "sending_dtmf") >= 2) return "talk";
  if (count("dialing", "queued") > 0) return "ringing";
  if (active.length < legs.length) return "finishing";
  // One party connected and nobody else ever dialled: an informer call or a scenario playing to it.
  if (active.length === 1 && count("talking", "sending_dtmf") === 1) return "message";
  return "unknown";
}
