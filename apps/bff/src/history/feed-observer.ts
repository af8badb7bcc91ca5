import type { CallSession, FeedEvent } from "@callboard/contract";
import { normalizeNumber } from "./history-rows";
import type { CallPatch, LostCall } from "./history-store";

const talkPhases = new Set(["talk", "hold", "dialing", "operator_talk"]);

interface Seen {
  session: CallSession;
  /** Some poll saw the call past ringing (a talk, hold, consult...). */
  answered: boolean;
}

/** A call the live feed saw go away, with what it knew of it. */
export interface FeedFinished {
  patch: CallPatch;
  answered: boolean;
  /** An inbound call nobody answered, for the queue when no notification reports it. */
  lost?: LostCall;
}

/**
 * Remembers what the live feed saw of each call while it was on the board (the board forgets a
 * finished call): its contact, numbers, employees, tags, and whether it was ever answered.
 */
export class FeedObserver {
  private readonly seen = new Map<number, Seen>();

  /** Takes one feed event; answers the calls that ended with it. */
  observe(event: FeedEvent): FeedFinished[] {
    if (event.type === "snapshot") {
      // After a gap the snapshot is the truth; calls that ended meanwhile are the report's job.
      const previous = this.seen;
      const next = new Map<number, Seen>();
      for (const session of event.calls)
        next.set(session.id, this.merge(previous.get(session.id), session));
      this.seen.clear();
      for (const [id, value] of next) this.seen.set(id, value);
      return [];
    }
    if (event.type !== "delta") return [];
    for (const session of event.upserted) {
      this.seen.set(session.id, this.merge(this.seen.get(session.id), session));
    }
    const finished: FeedFinished[] = [];
    const at = Date.parse(event.at);
    for (const id of event.removed) {
      const seen = this.seen.get(id);
      if (!seen) continue;
      this.seen.delete(id);
      finished.push(toFinished(seen, Number.isNaN(at) ? Date.now() : at));
    }
    return finished;
  }

  /** What the feed shows of a call still on the board (wrap-up's tag.call needs it live). */
  liveSession(callSessionId: number): CallPatch | undefined {
    const seen = this.seen.get(callSessionId);
    if (!seen) return undefined;
    const { patch } = toFinished(seen, Date.now());
    return { ...patch, finishedAt: undefined, totalSeconds: undefined, result: undefined };
  }

  private merge(before: Seen | undefined, session: CallSession): Seen {
    // Only a talk (or what follows one) is an answer: a call that rings and ends goes
    // straight from ringing to finishing.
    const answered = (before?.answered ?? false) || talkPhases.has(session.phase);
    return { session, answered };
  }
}

function toFinished({ session, answered }: Seen, finishedAt: number): FeedFinished {
  const startedAt = Date.parse(session.startedAt);
  const employees = session.legs
    .filter((leg) => leg.employeeId !== null)
    .map((leg) => ({ id: leg.employeeId as number, name: leg.employeeName }));
  const contactNumber = normalizeNumber(session.contactNumber);
  const virtualNumber = normalizeNumber(session.virtualNumber);
  const patch: CallPatch = {
    callSessionId: session.id,
    source: "feed",
    startedAt: Number.isNaN(startedAt) ? undefined : startedAt,
    finishedAt,
    direction: session.direction,
    contactNumber,
    virtualNumber,
    employees,
    tags: session.tags.map((tag) => tag.name),
    totalSeconds: Number.isNaN(startedAt)
      ? undefined
      : Math.max(0, (finishedAt - startedAt) / 1000),
    result: answered ? "answered" : "lost",
  };
  const lost: LostCall | undefined =
    !answered && session.direction === "in" && contactNumber
      ? {
          callSessionId: session.id,
          contactNumber,
          virtualNumber,
          lostAt: finishedAt,
          waitSeconds: patch.totalSeconds,
          tried: employees,
        }
      : undefined;
  return { patch, answered, lost };
}
