/**
 * Where a session stands in the call state diagram, derived from its legs. It decides which
 * actions the console offers: hold only in `talk`, unhold and consult only in `hold`,
 * transfer and restore only in `dialing` or `operator_talk`. No zod here: the SPA's feed checks
 * use the list without building a schema (calls.ts builds callPhaseSchema from it).
 */
export const callPhases = [
  "ringing",
  "talk",
  "hold",
  "dialing",
  "operator_talk",
  "message",
  "finishing",
  "unknown",
] as const;
export type CallPhase = (typeof callPhases)[number];
