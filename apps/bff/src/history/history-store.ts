import type {
  ContactHistory,
  HistoryCall,
  HistoryPage,
  HistoryQuery,
  MissedCall,
  MissedSummary,
} from "@callboard/contract";

/** Where a piece of a call's record came from; a later source never loses to an earlier one. */
export type CallSource = "feed" | "notice" | "report";

/** What one event, one report row or the live feed knows of a call; absent fields are unknown. */
export interface CallPatch {
  callSessionId: number;
  source: CallSource;
  /** ms since the epoch. */
  startedAt?: number;
  finishedAt?: number;
  direction?: "in" | "out";
  /** Digits only (normalizeNumber). */
  contactNumber?: string;
  contactName?: string;
  virtualNumber?: string;
  employees?: { id: number; name: string | null }[];
  waitSeconds?: number;
  talkSeconds?: number;
  totalSeconds?: number;
  tags?: string[];
  result?: "answered" | "lost";
  endedBy?: string;
  /** A recording to add (kept once per link). */
  recording?: { link: string; durationSeconds: number | null };
}

/** Filters of a history page; `employeeIds` limits it to calls of those employees (an operator's own). */
export interface HistoryFilter extends Omit<HistoryQuery, "employeeId"> {
  employeeIds?: number[];
}

export interface WrapUp {
  note?: string;
  disposition?: string;
  by: string;
}

/**
 * The call history (design: beside users and the audit log). SQLite now
 * (sqlite-history-store.ts); the methods answer promises so a PostgreSQL store can follow.
 */
export interface HistoryStore {
  /** Merges what is known of a call into its record, creating it; keyed by call_session_id. */
  upsert(patch: CallPatch): Promise<void>;
  upsertMany(patches: CallPatch[]): Promise<void>;
  get(callSessionId: number): Promise<HistoryCall | undefined>;
  /** The raw recording link of a call's recording (never sent to the browser). */
  recordingLink(callSessionId: number, index: number): Promise<string | undefined>;
  page(filter: HistoryFilter): Promise<HistoryPage>;
  /** A contact's last calls and today's counts (since `dayStart`, ms). */
  contact(number: string, dayStart: number, limit: number): Promise<Omit<ContactHistory, "missed">>;
  wrapUp(callSessionId: number, wrapUp: WrapUp): Promise<void>;
  /** The latest finish time recorded (ms), for the reconciliation window after a restart. */
  latestFinishedAt(): Promise<number | null>;
  /** Deletes up to `batch` calls started before `before`; answers how many went. */
  prune(before: number, batch: number): Promise<number>;
  /** A small key-value memory of the history's own (the last reconciled window). */
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

export type ClaimOutcome =
  | { kind: "ok"; item: MissedCall }
  | { kind: "not_found" }
  | { kind: "closed"; item: MissedCall }
  | { kind: "claimed_by_other"; item: MissedCall }
  | { kind: "busy"; item: MissedCall };

export interface Claimant {
  userId: number;
  name: string;
}

/** A lost call as the queue takes it in. */
export interface LostCall {
  callSessionId: number;
  contactNumber: string;
  contactName?: string;
  virtualNumber?: string;
  lostAt: number;
  waitSeconds?: number;
  tried: { id: number; name: string | null }[];
}

/**
 * The missed-call queue. Every state change is one atomic compare-and-set, so two operators
 * can never both hold, or both call back, the same item.
 */
export interface MissedCallStore {
  /** Adds a lost call: merged into the caller's waiting item for that virtual number, if any. */
  addLost(lost: LostCall): Promise<MissedCall | undefined>;
  list(includeClosedSince?: number): Promise<MissedCall[]>;
  get(id: number): Promise<MissedCall | undefined>;
  summary(): Promise<MissedSummary>;
  /** The contact's waiting item, if any. */
  waitingFor(contactNumber: string): Promise<MissedCall | undefined>;
  claim(id: number, by: Claimant): Promise<ClaimOutcome>;
  release(id: number, by: Claimant, force: boolean): Promise<ClaimOutcome>;
  /** Moves a claimed (or open) item to `calling` for this operator; busy if a call-back runs. */
  beginCallBack(id: number, by: Claimant): Promise<ClaimOutcome>;
  /** Records the started call-back's session, or the failure that stopped it. */
  callBackStarted(id: number, by: Claimant, callSessionId: number): Promise<MissedCall>;
  callBackFailed(id: number, by: Claimant): Promise<MissedCall>;
  /** The call-back's call finished: answered closes the item, otherwise it goes back to the queue. */
  callBackFinished(callSessionId: number, answered: boolean): Promise<MissedCall | undefined>;
  /** The caller got through on another call: their waiting items close. */
  closeForContact(contactNumber: string, at: number): Promise<MissedCall[]>;
}
