/** States of the reference's call-state diagram (CALL_COACH, RECORD_TALK and MARK_CALL pass at once back to TALK). */
export type SessionState =
  | "SESSION"
  | "TALK"
  | "HOLD"
  | "WAITING_INPUT"
  | "DIALING"
  | "OPERATOR_TALK"
  | "POST_TALK"
  | "FINISHING";

/** (A) contact, (B) operator or employee, (C) third party dialled by make.call, and a coach. */
export type LegRole = "contact" | "operator" | "third_party" | "coach";

/** Leg states by their canonical names in @callboard/callapi (the text depends on the language). */
export type LegStatus =
  | "dialing"
  | "talking"
  | "queued"
  | "disconnected"
  | "operators_talking"
  | "on_hold"
  | "transferring"
  | "sending_dtmf";

export interface Leg {
  id: number;
  role: LegRole;
  callingNumber: string;
  calledNumber: string;
  isOperator: boolean;
  employeeId: number | null;
  employeeName: string | null;
  answered: boolean;
  disconnected: boolean;
  /** Until when the leg shows "Sending dtmf" (simulated ms). */
  sendingDtmfUntil: number;
}

export interface HoldMessage {
  type: "media" | "tts";
  value: string;
}

export interface CallSession {
  id: number;
  direction: "in" | "out";
  startedAt: number;
  virtualNumber: string;
  contactNumber: string;
  externalId: string | null;
  /** What created it: a start.* method, "inbound" or "control". */
  origin: string;
  state: SessionState;
  legs: Leg[];
  tags: { tag_id: number; tag_name: string }[];
  recording: boolean;
  /** The employee's universal recording: record.call may not switch it off. */
  universalRecording: boolean;
  holdMessage: HoldMessage | null;
  /** transfer.talk sent while (C) was still being dialled: (B) has left. */
  transferPending: boolean;
  /** Informer calls end after their message and take no management methods. */
  informer: boolean;
  /** Ends by itself after a random talk time (start.* and inbound calls, not control calls). */
  autoHangup: boolean;
  /** Counts make.call attempts, so a stale "(C) answered" timer can tell it is stale. */
  dialAttempt: number;
  dtmfSent: string[];
  /** Every state the session passed through, for the control API. */
  history: { state: string; at: number; by: string }[];
  /** The scenario that routed it (inbound calls, start.scenario_call), for reports. */
  scenarioName: string | null;
  /** The employee the call is for, known before their leg rings (start.*, inbound). */
  employeeId: number | null;
  /** The contact's how-many-th call this is (the report's communication_number). */
  communicationNumber: number;
  /** Simulated ms the first talk began and ended; null until then. */
  talkStartedAt: number | null;
  talkEndedAt: number | null;
  /** Simulated ms the session reached FINISHING, and what ended it. */
  finishedAt: number | null;
  finishReason: string | null;
  /** The voice recorder was on at some point, so a recording exists once the call ends. */
  recorded: boolean;
}
