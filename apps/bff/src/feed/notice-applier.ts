import type { NotificationEvent } from "@callboard/callapi";
import type { CallLeg, CallSession } from "@callboard/contract";
import type { CallNotice } from "../notifications/call-notice";
import { deriveCallPhase } from "./call-phase";

/** Where an event stands in a call's life, for events of one session within the same second. */
const rank: Record<NotificationEvent, number> = {
  incoming_call: 0,
  outbound_call: 0,
  waiting_for_answer: 1,
  talk_started: 2,
  talk_finished: 3,
  call_finished: 4,
  lost_call: 4,
  recording_completed: 5,
};

/** How long a finished session's tombstone keeps late events (and older polls) from reviving it. */
const TOMBSTONE_MS = 10 * 60_000;

export type NoticeChange =
  | { kind: "upsert"; session: CallSession; unplaced: boolean }
  | { kind: "remove"; id: number }
  | { kind: "none" };

interface Mark {
  /** notification_time as sent ("YYYY-MM-DD hh:mm:ss", one zone for the account: comparable). */
  time: string;
  rank: number;
  /** When the BFF applied it (ms). */
  appliedAt: number;
}

/**
 * Turns notifications into changes of the live list, in each session's own order: an event older
 * than one already applied to its session (by notification_time, then by its place in a call's
 * life) changes nothing, and a finished session stays finished for late arrivals. What it builds
 * is marked unconfirmed: only list.calls can confirm it.
 */
export class NoticeApplier {
  private readonly marks = new Map<number, Mark>();
  private readonly tombstones = new Map<number, number>();

  constructor(private readonly startedAt: (id: number) => string) {}

  /** The change one notice makes to `current` (the session as the feed holds it, if any). */
  apply(notice: CallNotice, current: CallSession | undefined, now: number): NoticeChange {
    if (notice.event === "recording_completed") return { kind: "none" };
    const id = notice.callSessionId;
    this.prune(now);
    if (this.tombstones.has(id)) return { kind: "none" };
    const mark: Mark = {
      time: notice.notificationTime ?? "",
      rank: rank[notice.event],
      appliedAt: now,
    };
    const last = this.marks.get(id);
    if (last && isBefore(mark, last)) return { kind: "none" };
    this.marks.set(id, mark);

    if (notice.event === "call_finished" || notice.event === "lost_call") {
      this.marks.delete(id);
      this.tombstones.set(id, now);
      return current ? { kind: "remove", id } : { kind: "none" };
    }
    const opening = notice.event === "incoming_call" || notice.event === "outbound_call";
    const session = current ? { ...current } : this.blank(notice);
    session.unconfirmed = true;
    session.virtualNumber ??= notice.virtualPhoneNumber ?? null;
    session.contactNumber ??= notice.contactPhoneNumber ?? null;
    session.externalId ??= notice.externalId ?? null;
    if (notice.employeeId !== undefined && !session.employeeIds.includes(notice.employeeId)) {
      session.employeeIds = [...session.employeeIds, notice.employeeId];
    }
    session.legs = nextLegs(session.legs, notice);
    session.phase = nextPhase(notice.event, session);
    return { kind: "upsert", session, unplaced: !current && !opening };
  }

  /** When the session's last event was applied (ms), if one was. */
  lastAppliedAt(id: number): number | undefined {
    return this.marks.get(id)?.appliedAt ?? this.tombstones.get(id);
  }

  /**
   * The feed changed the session itself (an action's known effect) at `now`: a reconciliation
   * that began before keeps that change, as it would an event's. Any later event still applies.
   */
  touch(id: number, now: number): void {
    const mark = this.marks.get(id);
    this.marks.set(id, mark ? { ...mark, appliedAt: now } : { time: "", rank: -1, appliedAt: now });
  }

  /** A session list.calls still shows after a finish event: the finish was wrong or early. */
  revive(id: number): void {
    this.tombstones.delete(id);
  }

  isFinished(id: number): boolean {
    return this.tombstones.has(id);
  }

  /** Forgets sessions that list.calls no longer shows and that no event touched since `before`. */
  forget(liveIds: ReadonlySet<number>, before: number): void {
    for (const [id, mark] of this.marks) {
      if (!liveIds.has(id) && mark.appliedAt < before) this.marks.delete(id);
    }
  }

  private prune(now: number): void {
    for (const [id, at] of this.tombstones) {
      if (now - at < TOMBSTONE_MS) break;
      this.tombstones.delete(id);
    }
  }

  private blank(notice: CallNotice): CallSession {
    const outbound = notice.event === "outbound_call" || notice.direction === "out";
    return {
      id: notice.callSessionId,
      direction: outbound ? "out" : "in",
      startTime: null,
      startedAt: this.startedAt(notice.callSessionId),
      virtualNumber: null,
      contactNumber: null,
      externalId: null,
      tags: [],
      legs: [],
      recording: false,
      phase: "ringing",
      employeeIds: [],
    };
  }
}

function isBefore(a: Mark, b: Mark): boolean {
  if (a.time && b.time && a.time !== b.time) return a.time < b.time;
  return a.rank < b.rank;
}

function placeholderLeg(id: number, state: CallLeg["state"]): CallLeg {
  return {
    id,
    callingNumber: null,
    calledNumber: null,
    isOperator: false,
    employeeId: null,
    employeeName: null,
    recording: false,
    state,
    stateText: "",
  };
}

function nextLegs(legs: CallLeg[], notice: CallNotice): CallLeg[] {
  switch (notice.event) {
    case "waiting_for_answer": {
      if (notice.legId === undefined) return legs;
      const ringing: CallLeg = {
        ...placeholderLeg(notice.legId, "dialing"),
        calledNumber: notice.employeePhoneNumber ?? null,
        isOperator: notice.employeeId !== undefined,
        employeeId: notice.employeeId ?? null,
        employeeName: notice.employeeFullName ?? null,
      };
      return [...legs.filter((leg) => leg.id !== notice.legId), ringing];
    }
    case "talk_started": {
      const ids = new Set(notice.legIds ?? []);
      // The legs that answered talk; the others that were rung in parallel stop ringing.
      const kept = legs
        .filter((leg) => ids.has(leg.id) || leg.state !== "dialing")
        .map((leg) => (ids.has(leg.id) ? { ...leg, state: "talking" as const } : leg));
      for (const id of ids) {
        if (!kept.some((leg) => leg.id === id)) kept.push(placeholderLeg(id, "talking"));
      }
      return kept;
    }
    case "talk_finished": {
      const ids = new Set(notice.legIds ?? []);
      return legs.map((leg) =>
        ids.has(leg.id) ? { ...leg, state: "disconnected" as const } : leg,
      );
    }
    default:
      return legs;
  }
}

function nextPhase(event: NotificationEvent, session: CallSession): CallSession["phase"] {
  if (event === "talk_started") return "talk";
  if (event === "talk_finished") return "finishing";
  const derived = deriveCallPhase(session.legs);
  return derived === "unknown" ? "ringing" : derived;
}
