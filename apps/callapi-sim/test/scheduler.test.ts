import { describe, expect, it } from "vitest";
import { createClock, MANUAL_CLOCK_START } from "../src/clock";
import { SeededRandom } from "../src/random";
import { Scheduler } from "../src/scheduler";

describe("the simulated clock and its scheduler", () => {
  it("runs due tasks in time order, each at its own due time, only when asked", () => {
    const clock = createClock("manual");
    const scheduler = new Scheduler(clock);
    const fired: [string, number][] = [];
    scheduler.after(3000, () => {
      fired.push(["b", scheduler.currentTime() - MANUAL_CLOCK_START]);
      // A chained timer keeps its spacing even though the clock jumped past it.
      scheduler.after(1000, () => fired.push(["c", scheduler.currentTime() - MANUAL_CLOCK_START]));
    });
    scheduler.after(1000, () => fired.push(["a", scheduler.currentTime() - MANUAL_CLOCK_START]));
    clock.advance(10_000);
    expect(fired).toEqual([]);
    scheduler.runDue();
    expect(fired).toEqual([
      ["a", 1000],
      ["b", 3000],
      ["c", 4000],
    ]);
  });

  it("cancels a task", () => {
    const clock = createClock("manual");
    const scheduler = new Scheduler(clock);
    let ran = false;
    const handle = scheduler.after(10, () => {
      ran = true;
    });
    scheduler.cancel(handle);
    clock.advance(20);
    scheduler.runDue();
    expect(ran).toBe(false);
  });

  it("keeps a real clock's offset and refuses to go back", () => {
    const clock = createClock("real", () => 1_000);
    clock.advance(500);
    expect(clock.now()).toBe(1_500);
    expect(() => clock.advance(-1)).toThrow();
    clock.reset();
    expect(clock.now()).toBe(1_000);
  });

  it("draws the same numbers for the same seed", () => {
    const a = new SeededRandom(5);
    const b = new SeededRandom(5);
    expect([a.hex(8), a.int(1, 6), a.digits(4)]).toEqual([b.hex(8), b.int(1, 6), b.digits(4)]);
  });
});
