import type { NotificationEvent } from "@callboard/callapi";
import type { SeededRandom } from "../random";
import { rpcError } from "../rpc/error-factory";
import type { Scheduler } from "../scheduler";
import type { Employee, World } from "../world/world-types";
import type { CallSession, Leg, LegRole, SessionState } from "./session-types";
import {
  AUTO_HANGUP_MAX_S,
  AUTO_HANGUP_MIN_S,
  AUTO_HANGUP_RETRY_MS,
  dialOutcome,
  FINISHING_MS,
  POST_TALK_MS,
} from "./timings";

export type NewSession = Pick<
  CallSession,
  "direction" | "virtualNumber" | "contactNumber" | "externalId" | "origin"
> &
  Partial<
    Pick<
      CallSession,
      "informer" | "autoHangup" | "recording" | "universalRecording" | "scenarioName" | "employeeId"
    >
  > & {
    id?: number;
  };

/**
 * What the engine tells its listener (the notification server and the call journal): one of
 * the notification triggers, the session as it is now, and the leg it concerns, if any.
 */
export type CallListener = (event: NotificationEvent, session: CallSession, leg?: Leg) => void;

export type NewLeg = Pick<Leg, "callingNumber" | "calledNumber"> &
  Partial<Pick<Leg, "isOperator" | "employeeId" | "employeeName" | "answered">>;

/**
 * The live call sessions and the moves every flow shares: creating sessions and legs, dialling
 * a leg on the simulated clock, changing state, and ending a session (POST_TALK, FINISHING,
 * then gone from list.calls).
 */
export class CallEngine {
  readonly sessions = new Map<number, CallSession>();
  private nextSessionId: number;
  private nextLegId: number;
  /** Receives the lifecycle of every session (notifications, the call journal). */
  listener: CallListener | undefined;
  /** Calls per contact number so far, for each new session's communication number. */
  private readonly contactCalls = new Map<string, number>();

  constructor(
    readonly scheduler: Scheduler,
    readonly random: SeededRandom,
    readonly world: () => World,
    /** Ids to continue after (a reset that keeps ids): CallGear never hands out an id twice. */
    after?: { sessionId: number; legId: number },
  ) {
    this.nextSessionId = (after?.sessionId ?? 200_000_000) + random.int(0, 9_999_999);
    this.nextLegId = (after?.legId ?? 280_000_000) + random.int(0, 9_999_999);
  }

  /** The last ids handed out, for an engine that continues after this one. */
  lastIds(): { sessionId: number; legId: number } {
    return { sessionId: this.nextSessionId, legId: this.nextLegId };
  }

  /** Simulated now; inside a timer, the time that timer was due. */
  now(): number {
    return this.scheduler.currentTime();
  }

  createSession(init: NewSession): CallSession {
    const id = init.id ?? this.allocateSessionId();
    if (this.sessions.has(id)) throw new Error(`call session ${id} already exists`);
    const session: CallSession = {
      id,
      direction: init.direction,
      startedAt: this.now(),
      virtualNumber: init.virtualNumber,
      contactNumber: init.contactNumber,
      externalId: init.externalId,
      origin: init.origin,
      state: "SESSION",
      legs: [],
      tags: [],
      recording: init.recording ?? false,
      universalRecording: init.universalRecording ?? false,
      holdMessage: null,
      transferPending: false,
      informer: init.informer ?? false,
      autoHangup: init.autoHangup ?? false,
      dialAttempt: 0,
      dtmfSent: [],
      history: [{ state: "SESSION", at: this.now(), by: init.origin }],
      scenarioName: init.scenarioName ?? this.scenarioOfNumber(init),
      employeeId: init.employeeId ?? null,
      communicationNumber: (this.contactCalls.get(init.contactNumber) ?? 0) + 1,
      talkStartedAt: null,
      talkEndedAt: null,
      finishedAt: null,
      finishReason: null,
      recorded: init.recording ?? false,
    };
    this.contactCalls.set(init.contactNumber, session.communicationNumber);
    this.sessions.set(id, session);
    this.emit(session, session.direction === "in" ? "incoming_call" : "outbound_call");
    return session;
  }

  /** An inbound call is routed by its number's scenario; outbound calls follow none. */
  private scenarioOfNumber(init: NewSession): string | null {
    if (init.direction !== "in") return null;
    const number = this.world().virtualNumbers.find(
      (candidate) => candidate.virtual_phone_number === init.virtualNumber,
    );
    return number?.scenarios[0]?.scenario_name ?? null;
  }

  private allocateSessionId(): number {
    this.nextSessionId += this.random.int(1, 97);
    return this.nextSessionId;
  }

  addLeg(session: CallSession, role: LegRole, init: NewLeg): Leg {
    this.nextLegId += this.random.int(1, 13);
    const leg: Leg = {
      id: this.nextLegId,
      role,
      callingNumber: init.callingNumber,
      calledNumber: init.calledNumber,
      isOperator: init.isOperator ?? false,
      employeeId: init.employeeId ?? null,
      employeeName: init.employeeName ?? null,
      answered: init.answered ?? false,
      disconnected: false,
      sendingDtmfUntil: 0,
    };
    session.legs.push(leg);
    return leg;
  }

  /** The session, or call_session_not_found (also once a finished session is gone). */
  get(id: number): CallSession {
    const session = this.sessions.get(id);
    if (!session) {
      throw rpcError("call_session_not_found", { field: "call_session_id", value: id });
    }
    return session;
  }

  isLive(session: CallSession): boolean {
    return this.sessions.get(session.id) === session && session.state !== "FINISHING";
  }

  requireState(session: CallSession, allowed: readonly SessionState[]): void {
    if (!allowed.includes(session.state)) throw rpcError("invalid_state");
  }

  setState(session: CallSession, state: SessionState, by: string): void {
    session.state = state;
    session.history.push({ state, at: this.now(), by });
    if (state === "TALK" && session.talkStartedAt === null) {
      session.talkStartedAt = this.now();
      this.emit(session, "talk_started");
    }
    const ending = state === "POST_TALK" || state === "FINISHING";
    if (ending && session.talkStartedAt !== null && session.talkEndedAt === null) {
      session.talkEndedAt = this.now();
      this.emit(session, "talk_finished");
    }
    if (state !== "FINISHING") return;
    session.finishedAt = this.now();
    session.finishReason = by;
    this.emit(session, "call_finished");
    const talked = session.talkStartedAt !== null;
    if (!talked && session.direction === "in") this.emit(session, "lost_call");
    if (talked && session.recorded) this.emit(session, "recording_completed");
  }

  /** Tells the listener (notifications, the call journal) what happened to a session. */
  emit(session: CallSession, event: NotificationEvent, leg?: Leg): void {
    this.listener?.(event, session, leg);
  }

  /** Records a pass through a transient state of the diagram (MARK_CALL, RECORD_TALK, CALL_COACH). */
  passThrough(session: CallSession, transient: string, by: string): void {
    session.history.push({ state: transient, at: this.now(), by });
    session.history.push({ state: session.state, at: this.now(), by });
  }

  /**
   * Dials a leg: it answers after `ringMs` or fails (magic numbers, see timings.ts). The
   * callbacks run only if the session is still live and `stillWanted()` holds.
   */
  dial(
    session: CallSession,
    leg: Leg,
    timing: { ringMs: number; timeoutMs: number },
    handlers: { answered: () => void; failed: () => void; stillWanted?: () => boolean },
  ): void {
    const outcome = dialOutcome(leg.calledNumber, timing.ringMs, timing.timeoutMs);
    // An employee's phone rings ("waiting for the answer"); a coach does not answer the call.
    if (leg.employeeId !== null && leg.role !== "coach") {
      this.emit(session, "waiting_for_answer", leg);
    }
    this.scheduler.after(outcome.afterMs, () => {
      if (!this.isLive(session) || leg.disconnected) return;
      if (handlers.stillWanted && !handlers.stillWanted()) return;
      if (outcome.kind === "answer") {
        leg.answered = true;
        handlers.answered();
      } else {
        leg.disconnected = true;
        handlers.failed();
      }
    });
  }

  /** disconnect.leg from TALK: the session winds down through POST_TALK. */
  postTalk(session: CallSession, by: string): void {
    this.setState(session, "POST_TALK", by);
    this.scheduler.after(POST_TALK_MS, () => {
      if (session.state === "POST_TALK") this.finish(session, "post_talk_ended");
    });
  }

  /** The session ends: every leg drops, and it leaves list.calls FINISHING_MS later. */
  finish(session: CallSession, by: string): void {
    if (session.state === "FINISHING") return;
    for (const leg of session.legs) leg.disconnected = true;
    this.setState(session, "FINISHING", by);
    this.scheduler.after(FINISHING_MS, () => {
      if (this.sessions.get(session.id) === session) this.sessions.delete(session.id);
    });
  }

  /** Start or inbound calls end by themselves after a random talk time once in TALK. */
  scheduleAutoHangup(
    session: CallSession,
    talkSeconds: [min: number, max: number] = [AUTO_HANGUP_MIN_S, AUTO_HANGUP_MAX_S],
  ): void {
    if (!session.autoHangup) return;
    const talkMs = this.random.int(talkSeconds[0], talkSeconds[1]) * 1000;
    const attempt = (): void => {
      if (!this.isLive(session)) return;
      if (session.state === "TALK") this.finish(session, "contact_hung_up");
      else this.scheduler.after(AUTO_HANGUP_RETRY_MS, attempt);
    };
    this.scheduler.after(talkMs, attempt);
  }

  /** The employee who owns a number (E.164 phone or extension), if any. */
  employeeByNumber(number: string): Employee | undefined {
    return this.world().employees.find(
      (employee) =>
        employee.extension.extension_phone_number === number ||
        employee.phone_numbers.some((phone) => phone.phone_number === number),
    );
  }

  /** Employees talking or being dialled in some live session. */
  busyEmployeeIds(): Set<number> {
    const busy = new Set<number>();
    for (const session of this.sessions.values()) {
      if (session.state === "FINISHING") continue;
      for (const leg of session.legs) {
        if (!leg.disconnected && leg.employeeId !== null) busy.add(leg.employeeId);
      }
    }
    return busy;
  }

  clear(): void {
    this.sessions.clear();
  }
}

export function activePhone(employee: Employee): string | undefined {
  return employee.phone_numbers.find((phone) => phone.status === "active")?.phone_number;
}

/**
 * The phone that rings when `number` is dialled for an employee: that phone itself if it is
 * theirs and active, their first active phone for their extension or no number at all;
 * undefined when it "does not exist or [is] inactive" (no_active_phone_number).
 */
export function employeePhoneFor(employee: Employee, number?: string): string | undefined {
  if (number === undefined || employee.extension.extension_phone_number === number) {
    return activePhone(employee);
  }
  const phone = employee.phone_numbers.find((candidate) => candidate.phone_number === number);
  return phone?.status === "active" ? phone.phone_number : undefined;
}
