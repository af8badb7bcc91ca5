import type { CallLeg, CallPhase, CallSession } from "@callboard/contract";

/** Everything the console can do to a call session (one BFF route each). */
export const callActionKinds = [
  "hold",
  "unhold",
  "consult",
  "transfer",
  "restore",
  "blindTransfer",
  "tag",
  "recording",
  "dtmf",
  "talkOption",
  "coach",
  "disconnectLeg",
  "blockContact",
  "release",
] as const;
export type CallActionKind = (typeof callActionKinds)[number];

const live: CallPhase[] = [
  "ringing",
  "talk",
  "hold",
  "dialing",
  "operator_talk",
  "message",
  "unknown",
];
const connected: CallPhase[] = ["talk", "hold", "dialing", "operator_talk"];

/**
 * The phases in which the Call API accepts each action (the reference's call-state diagram): hold only in TALK;
 * unhold and make.call only in HOLD; transfer.talk and restore.talk only in DIALING or
 * OPERATOR_TALK; coach, talk options and disconnect.leg from TALK; tag.call and record.call on
 * any active (connected) call, as their pages say. Ending and blocking work on any live call.
 */
export const allowedPhases: Record<CallActionKind, readonly CallPhase[]> = {
  hold: ["talk"],
  unhold: ["hold"],
  consult: ["hold"],
  transfer: ["dialing", "operator_talk"],
  restore: ["dialing", "operator_talk"],
  blindTransfer: ["talk"],
  tag: connected,
  recording: connected,
  dtmf: connected,
  talkOption: ["talk"],
  coach: ["talk"],
  disconnectLeg: ["talk"],
  blockContact: live,
  release: live,
};

export function isActionAllowed(action: CallActionKind, phase: CallPhase): boolean {
  return allowedPhases[action].includes(phase);
}

/** The way back to the caller from where a consult/transfer flow stands, if there is one. */
export function returnToCallerAction(phase: CallPhase): "restore" | "unhold" | null {
  if (phase === "dialing" || phase === "operator_talk") return "restore";
  if (phase === "hold") return "unhold";
  return null;
}

/** The contact's leg: not an operator, and carrying the session's contact number. */
export function isContactLeg(call: CallSession, leg: CallLeg): boolean {
  if (leg.isOperator || leg.employeeId !== null) return false;
  return leg.callingNumber === call.contactNumber || leg.calledNumber === call.contactNumber;
}

/**
 * The leg the operator dialled in a consult: the leg called at that number, else the newest leg
 * that is neither the contact nor the first operator.
 */
export function consultLeg(call: CallSession, dialled: string | null): CallLeg | null {
  if (dialled) {
    const byNumber = call.legs.find((leg) => leg.calledNumber === dialled);
    if (byNumber) return byNumber;
  }
  const firstOperator = call.legs.find((leg) => leg.isOperator);
  const others = call.legs.filter((leg) => leg !== firstOperator && !isContactLeg(call, leg));
  return others.at(-1) ?? null;
}

/**
 * What disconnecting a leg does, to warn about it: the contact's leg ends the whole session,
 * the operator's own leg ends their conversation with the contact, any other leg (a colleague,
 * a coach) drops only that participant.
 */
export function disconnectEffect(
  call: CallSession,
  leg: CallLeg,
  ownEmployeeId: number | null,
): "contact" | "self" | "other" {
  if (isContactLeg(call, leg)) return "contact";
  if (ownEmployeeId !== null && leg.employeeId === ownEmployeeId) return "self";
  return "other";
}
