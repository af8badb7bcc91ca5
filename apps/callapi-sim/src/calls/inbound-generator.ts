import type { SeededRandom } from "../random";
import { activePhone, type CallEngine } from "./call-engine";
import { startInbound } from "./call-setup";
import { randomContactNumber } from "./random-contact";

/** The demo's board stays readable: no new inbound call while this many are live. */
const MAX_LIVE_INBOUND = 8;

/**
 * Subscribers calling the account's virtual numbers at random (Poisson) times on the simulated
 * clock, `perMinute` on average; each is answered by a free employee of the number's scenario.
 */
export class InboundGenerator {
  private handle: number | undefined;

  constructor(
    private readonly engine: CallEngine,
    private readonly random: SeededRandom,
    private perMinute: number,
  ) {
    this.scheduleNext();
  }

  get rate(): number {
    return this.perMinute;
  }

  setRate(perMinute: number): void {
    this.perMinute = perMinute;
    this.engine.scheduler.cancel(this.handle);
    this.handle = undefined;
    this.scheduleNext();
  }

  private scheduleNext(): void {
    if (this.perMinute <= 0) return;
    const meanMs = 60_000 / this.perMinute;
    const gapMs = Math.max(1_000, Math.round(-Math.log(1 - this.random.next()) * meanMs));
    this.handle = this.engine.scheduler.after(gapMs, () => {
      this.handle = undefined;
      this.arrive();
      this.scheduleNext();
    });
  }

  private arrive(): void {
    const live = [...this.engine.sessions.values()].filter(
      (session) => session.origin === "inbound" && session.state !== "FINISHING",
    );
    if (live.length >= MAX_LIVE_INBOUND) return;
    const world = this.engine.world();
    const numbers = world.virtualNumbers.filter(
      (number) => number.status === "active" && number.scenarios.length > 0,
    );
    if (numbers.length === 0) return;
    const virtualNumber = this.random.pick(numbers);
    const scenarioIds = virtualNumber.scenarios.map((scenario) => scenario.scenario_id);
    const candidates = world.scenarios
      .filter((scenario) => scenarioIds.includes(scenario.id))
      .flatMap((scenario) => scenario.employee_ids);
    const busy = this.engine.busyEmployeeIds();
    const employee = world.employees.find(
      (candidate) =>
        candidates.includes(candidate.id) && !busy.has(candidate.id) && activePhone(candidate),
    );
    const phone = employee && activePhone(employee);
    if (!employee || !phone) return;
    startInbound(
      this.engine,
      {
        virtualNumber: virtualNumber.virtual_phone_number,
        contactNumber: randomContactNumber(this.random, world.blacklist),
        employee,
        phone,
      },
      this.random.int(2, 8) * 1000,
    );
  }
}
