import { formatAccountTime } from "@callboard/callapi";
import type { CallSession } from "../calls/session-types";
import { talkSeconds, waitSeconds } from "../notify/notification-values";
import type { World } from "../world/world-types";

/** A finished call: its report row, and what the window and the recording server look up. */
export interface FinishedCall {
  id: number;
  startedAt: number;
  recordingHash: string | null;
  recordingSeconds: number;
  row: Record<string, unknown>;
}

/** How the live service names why a call ended, from what ended it in the simulator. */
function finishReason(session: CallSession): string {
  const by = session.finishReason ?? "";
  if (by === "contact_hung_up" || by === "disconnect.leg(A)") return "subscriber_disconnects";
  if (by === "post_talk_ended" || by.includes("finish_conversation")) return "operator_disconnects";
  if (by === "release.call") return "released_by_api";
  if (by === "no_answer") return session.direction === "in" ? "no_operator_answer" : "no_answer";
  if (by === "message_played") return "informer_message_played";
  if (by === "transfer_failed" || by === "forward_failed") return "transfer_failed";
  return by || "unknown";
}

/**
 * The finished calls `get.calls_report` answers from: the newest `capacity` of them, each
 * kept as its report row at the moment it finished.
 */
export class CallJournal {
  private readonly calls = new Map<number, FinishedCall>();

  constructor(
    private readonly capacity: number,
    private readonly timeZone: string,
  ) {}

  record(session: CallSession, world: World, recordingHash: string | null): FinishedCall {
    const now = session.finishedAt ?? session.startedAt;
    const recordingSeconds = talkSeconds(session, now);
    const employees = new Map<
      number,
      { employee_id: number; employee_full_name: string | null; is_answered: boolean }
    >();
    for (const leg of session.legs) {
      if (leg.employeeId === null || leg.role === "coach" || leg.role === "contact") continue;
      const known = employees.get(leg.employeeId);
      const name = world.employees.find((candidate) => candidate.id === leg.employeeId)?.full_name;
      employees.set(leg.employeeId, {
        employee_id: leg.employeeId,
        employee_full_name: name ?? leg.employeeName,
        is_answered: (known?.is_answered ?? false) || leg.answered,
      });
    }
    const call: FinishedCall = {
      id: session.id,
      startedAt: session.startedAt,
      recordingHash,
      recordingSeconds,
      row: {
        id: session.id,
        start_time: formatAccountTime(session.startedAt, this.timeZone),
        finish_time: formatAccountTime(now, this.timeZone),
        finish_reason: finishReason(session),
        direction: session.direction,
        is_lost: session.direction === "in" && session.talkStartedAt === null,
        contact_phone_number: session.contactNumber,
        virtual_phone_number: session.virtualNumber,
        communication_number: String(session.communicationNumber),
        total_duration: Math.round((now - session.startedAt) / 1000),
        talk_duration: recordingSeconds,
        wait_duration: waitSeconds(session, now),
        scenario_name: session.scenarioName,
        tags: session.tags.map((tag) => ({ tag_id: tag.tag_id, tag_name: tag.tag_name })),
        call_records: recordingHash ? [recordingHash] : [],
        employees: [...employees.values()],
      },
    };
    this.calls.delete(session.id);
    this.calls.set(session.id, call);
    while (this.calls.size > this.capacity) {
      const oldest = this.calls.keys().next().value;
      if (oldest === undefined) break;
      this.calls.delete(oldest);
    }
    return call;
  }

  get(id: number): FinishedCall | undefined {
    return this.calls.get(id);
  }

  /** Calls that started within [from, till] (ms, both inclusive), oldest first. */
  startedBetween(from: number, till: number): FinishedCall[] {
    return [...this.calls.values()]
      .filter((call) => call.startedAt >= from && call.startedAt <= till)
      .sort((a, b) => a.startedAt - b.startedAt || a.id - b.id);
  }

  get size(): number {
    return this.calls.size;
  }

  clear(): void {
    this.calls.clear();
  }
}
