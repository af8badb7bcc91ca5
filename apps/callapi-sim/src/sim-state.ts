import type { NotificationEvent } from "@callboard/callapi";
import { formatAccountTime } from "@callboard/callapi";
import { Accounts } from "./auth/accounts";
import { CallEngine } from "./calls/call-engine";
import { ConsultActions } from "./calls/consult-actions";
import { InboundGenerator } from "./calls/inbound-generator";
import { SessionActions } from "./calls/session-actions";
import type { CallSession, Leg } from "./calls/session-types";
import { createClock, type SimClock } from "./clock";
import { FaultQueue } from "./control/fault-queue";
import { RequestLog } from "./control/request-log";
import { Budget } from "./limits/budget";
import { DEFAULT_DELIVERY } from "./notify/notification-schemas";
import { NotificationServer } from "./notify/notification-server";
import { type RecordingRef, sessionValues } from "./notify/notification-values";
import { SeededRandom } from "./random";
import { CallJournal } from "./report/call-journal";
import { recordingHash, recordingLink } from "./report/recordings";
import { Scheduler } from "./scheduler";
import type { SimOptions } from "./sim-options";
import { createSeedWorld } from "./world/seed-world";
import type { World } from "./world/world-types";

/** What a real account reported (the reference publishes no figures). */
export const DEFAULT_MINUTE_LIMIT = 150;
export const DEFAULT_DAY_LIMIT = 750;
export const DEFAULT_TIME_ZONE = "Europe/Moscow";
/** Finished calls `get.calls_report` keeps, newest first out. */
export const DEFAULT_REPORT_CAPACITY = 100_000;

/**
 * Everything one simulator instance knows. `reset()` rebuilds it all from the seed (world,
 * calls, tokens, limits, faults, request log, clock), so a test can reset between cases and
 * replay the same run.
 */
export class SimState {
  readonly clock: SimClock;
  readonly scheduler: Scheduler;
  readonly faults = new FaultQueue();
  readonly requestLog = new RequestLog();
  readonly notifications: NotificationServer;
  /** The account's time zone: notification_time and the call report's times. */
  readonly timeZone: string;
  /** Where the simulator listens (file_link of recordings); set once it does. */
  baseUrl = "http://127.0.0.1";
  language: "en" | "ru";
  seed!: number;
  random!: SeededRandom;
  journal!: CallJournal;
  world!: World;
  accounts!: Accounts;
  budget!: Budget;
  engine!: CallEngine;
  consult!: ConsultActions;
  actions!: SessionActions;
  inbound!: InboundGenerator;

  constructor(readonly options: SimOptions) {
    this.clock = createClock(options.clock ?? "real");
    this.scheduler = new Scheduler(this.clock);
    this.language = options.language ?? "en";
    this.timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    this.notifications = new NotificationServer(
      { ...DEFAULT_DELIVERY, ...options.notificationDelivery },
      options.seed ?? 1,
    );
    this.notifications.configure(options.notifications ?? []);
    this.reset(options.seed ?? 1);
  }

  /**
   * With `keepIds`, the new calls' ids continue above the old ones instead of replaying the
   * seed's: a BFF that watched the calls before the reset must not take a new call for an old
   * one (a finished session, or a repeated notification).
   */
  reset(
    seed: number,
    inboundPerMinute = this.options.inboundPerMinute ?? 0,
    keepIds = false,
  ): void {
    const after = keepIds ? (this.engine as CallEngine | undefined)?.lastIds() : undefined;
    this.scheduler.clear();
    this.clock.reset();
    this.language = this.options.language ?? "en";
    this.faults.clear();
    this.notifications.reset(seed);
    this.requestLog.clear();
    this.seed = seed;
    this.random = new SeededRandom(seed);
    this.journal = new CallJournal(
      this.options.reportCapacity ?? DEFAULT_REPORT_CAPACITY,
      this.timeZone,
    );
    this.world = createSeedWorld();
    this.accounts = new Accounts(this.random);
    this.budget = new Budget(
      {
        minute: this.options.limits?.minute ?? DEFAULT_MINUTE_LIMIT,
        day: this.options.limits?.day ?? DEFAULT_DAY_LIMIT,
      },
      this.options.weights ?? {},
    );
    this.engine = new CallEngine(this.scheduler, this.random, () => this.world, after);
    this.engine.listener = (event, session, leg) => this.onCallEvent(event, session, leg);
    this.consult = new ConsultActions(this.engine);
    this.actions = new SessionActions(this.engine);
    this.inbound = new InboundGenerator(this.engine, this.random, inboundPerMinute);
  }

  /** A call moved on: the journal keeps finished calls; configured notifications go out. */
  private onCallEvent(event: NotificationEvent, session: CallSession, leg?: Leg): void {
    if (event === "call_finished") {
      const recorded = session.recorded && session.talkStartedAt !== null;
      this.journal.record(
        session,
        this.world,
        recorded ? recordingHash(this.seed, session.id) : null,
      );
    }
    if (!this.notifications.wants(event)) return;
    let recording: RecordingRef | undefined;
    const finished = this.journal.get(session.id);
    if (event === "recording_completed" && finished?.recordingHash) {
      recording = {
        fileLink: recordingLink(this.baseUrl, session.id, finished.recordingHash),
        durationSeconds: finished.recordingSeconds,
      };
    }
    const now = this.engine.now();
    this.notifications.notify(
      event,
      sessionValues(event, session, { world: this.world, now, leg, recording }),
      formatAccountTime(now, this.timeZone),
    );
  }

  /** Brings calls up to the simulated now; called before every request and after advancing. */
  catchUp(): void {
    this.scheduler.runDue();
  }

  now(): number {
    return this.clock.now();
  }
}
