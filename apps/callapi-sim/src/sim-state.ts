import { Accounts } from "./auth/accounts";
import { CallEngine } from "./calls/call-engine";
import { ConsultActions } from "./calls/consult-actions";
import { InboundGenerator } from "./calls/inbound-generator";
import { SessionActions } from "./calls/session-actions";
import { createClock, type SimClock } from "./clock";
import { FaultQueue } from "./control/fault-queue";
import { RequestLog } from "./control/request-log";
import { WebhookNotifier } from "./control/webhook-notifier";
import { Budget } from "./limits/budget";
import { SeededRandom } from "./random";
import { Scheduler } from "./scheduler";
import type { SimOptions } from "./sim-options";
import { createSeedWorld } from "./world/seed-world";
import type { World } from "./world/world-types";

export const DEFAULT_MINUTE_LIMIT = 150;
export const DEFAULT_DAY_LIMIT = 10_000;

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
  readonly webhooks = new WebhookNotifier();
  language: "en" | "ru";
  random!: SeededRandom;
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
    this.reset(options.seed ?? 1);
  }

  reset(seed: number, inboundPerMinute = this.options.inboundPerMinute ?? 0): void {
    this.scheduler.clear();
    this.clock.reset();
    this.language = this.options.language ?? "en";
    this.faults.clear();
    this.webhooks.url = this.options.webhookUrl ?? null;
    this.requestLog.clear();
    this.random = new SeededRandom(seed);
    this.world = createSeedWorld();
    this.accounts = new Accounts(this.random);
    this.budget = new Budget(
      {
        minute: this.options.limits?.minute ?? DEFAULT_MINUTE_LIMIT,
        day: this.options.limits?.day ?? DEFAULT_DAY_LIMIT,
      },
      this.options.weights ?? {},
    );
    this.engine = new CallEngine(this.scheduler, this.random, () => this.world);
    this.engine.listener = (event) => this.webhooks.notify(event);
    this.consult = new ConsultActions(this.engine);
    this.actions = new SessionActions(this.engine);
    this.inbound = new InboundGenerator(this.engine, this.random, inboundPerMinute);
  }

  /** Brings calls up to the simulated now; called before every request and after advancing. */
  catchUp(): void {
    this.scheduler.runDue();
  }

  now(): number {
    return this.clock.now();
  }
}
