import type { SimClock } from "./clock";

interface ScheduledTask {
  at: number;
  seq: number;
  run: () => void;
}

/**
 * Timers on the simulated clock. Nothing runs on its own: `runDue()` fires every task whose
 * time has come, in time order, and is called before each request and after each clock
 * advance. That keeps the simulator deterministic and needs no real timers.
 */
export class Scheduler {
  private tasks: ScheduledTask[] = [];
  private seq = 0;
  private running: number | undefined;

  constructor(private readonly clock: SimClock) {}

  /** Runs `run` once the simulated clock reaches now + delayMs. Returns a handle for cancel(). */
  after(delayMs: number, run: () => void): number {
    return this.at(this.currentTime() + Math.max(0, delayMs), run);
  }

  at(at: number, run: () => void): number {
    this.seq += 1;
    const task: ScheduledTask = { at, seq: this.seq, run };
    // Keep the list sorted by (at, seq); it holds at most a few hundred tasks.
    let index = this.tasks.length;
    while (index > 0 && (this.tasks[index - 1]?.at ?? 0) > at) index -= 1;
    this.tasks.splice(index, 0, task);
    return task.seq;
  }

  cancel(handle: number | undefined): void {
    if (handle === undefined) return;
    this.tasks = this.tasks.filter((task) => task.seq !== handle);
  }

  /**
   * Fires due tasks. A task may schedule more tasks; those due by now run in the same pass.
   * While a task runs, `currentTime()` is its own due time, so chains of timers keep their
   * spacing even when the clock jumps far ahead.
   */
  runDue(): void {
    const now = this.clock.now();
    for (;;) {
      const next = this.tasks[0];
      if (!next || next.at > now) break;
      this.tasks.shift();
      this.running = next.at;
      try {
        next.run();
      } finally {
        this.running = undefined;
      }
    }
  }

  /** The time a running task was due, else the clock's now. */
  currentTime(): number {
    return this.running ?? this.clock.now();
  }

  clear(): void {
    this.tasks = [];
  }

  get size(): number {
    return this.tasks.length;
  }
}
