import type { CallLeg, CallSession } from "@callboard/contract";
import { deriveCallPhase } from "./call-phase";

/** Actions whose success changes the session in a way no CallGear notification reports. */
export type SilentAction = "hold" | "unhold" | "restore";

/**
 * What a successful action did to the session, as the state diagram says it must have: hold
 * puts the contact on hold, unhold takes them back, restore (return to caller) drops the leg
 * being consulted and takes the contact back. Undefined when the session's legs do not allow it
 * (the feed then waits for its reconciliation). The result is unconfirmed, like an event's.
 */
export function applyActionEffect(
  action: SilentAction,
  session: CallSession,
): CallSession | undefined {
  const contact = session.legs.find((leg) => !leg.isOperator && leg.state !== "disconnected");
  if (!contact) return undefined;
  let legs: CallLeg[];
  switch (action) {
    case "hold":
      if (contact.state !== "talking") return undefined;
      legs = session.legs.map((leg) => (leg === contact ? { ...leg, state: "on_hold" } : leg));
      break;
    case "unhold":
      if (contact.state !== "on_hold") return undefined;
      legs = session.legs.map((leg) => (leg === contact ? { ...leg, state: "talking" } : leg));
      break;
    case "restore": {
      // The operator who took the call stays; the colleague dialled or consulted is dropped.
      const first = session.legs.find((leg) => leg.isOperator && leg.state !== "disconnected");
      if (!first) return undefined;
      legs = session.legs.map((leg) => {
        if (leg === contact || leg === first) return { ...leg, state: "talking" };
        return leg.state === "disconnected" ? leg : { ...leg, state: "disconnected" };
      });
      break;
    }
  }
  return { ...session, legs, phase: deriveCallPhase(legs), unconfirmed: true };
}
