import type { CallSession as UpstreamCallSession } from "@callboard/callapi";
import { toCanonicalLegState } from "@callboard/callapi";
import type { CallLeg, CallSession } from "@callboard/contract";
import { deriveCallPhase } from "./call-phase";
import type { StartTimeEstimator } from "./start-time";

/** One list.calls session as the console shows it: canonical leg states beside the raw text. */
export function normaliseSession(
  upstream: UpstreamCallSession,
  startTimes: StartTimeEstimator,
  isNew: boolean,
): CallSession {
  const legs: CallLeg[] = upstream.legs.map((leg) => ({
    id: leg.leg_id,
    callingNumber: leg.calling_phone_number,
    calledNumber: leg.called_phone_number,
    isOperator: Boolean(leg.is_operator),
    employeeId: leg.employee_id,
    employeeName: leg.employee_full_name,
    recording: Boolean(leg.record_call_enabled),
    state: toCanonicalLegState(leg.state),
    stateText: leg.state ?? "",
  }));
  const employeeIds = [
    ...new Set(legs.map((leg) => leg.employeeId).filter((id): id is number => id !== null)),
  ];
  return {
    id: upstream.call_session_id,
    direction: upstream.direction,
    startTime: upstream.start_time ?? null,
    startedAt: startTimes.estimate(upstream.call_session_id, upstream.start_time ?? null, isNew),
    virtualNumber: upstream.virtual_phone_number,
    contactNumber: upstream.contact_phone_number,
    externalId: upstream.external_id,
    tags: upstream.tags.map((tag) => ({
      id: tag.tag_id,
      name: tag.tag_name ?? String(tag.tag_id),
    })),
    legs,
    recording: legs.some((leg) => leg.recording),
    phase: deriveCallPhase(legs),
    employeeIds,
  };
}
