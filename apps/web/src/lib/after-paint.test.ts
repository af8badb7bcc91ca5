import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { afterNextPaint } from "./after-paint";

describe("afterNextPaint", () => {
  let frames: (() => void)[];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => frames.push(callback));
    vi.stubGlobal("cancelAnimationFrame", (id: number) => {
      frames[id - 1] = () => {};
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("calls back after the next frame's callbacks, in a task of its own", async () => {
    const calls: string[] = [];
    afterNextPaint(() => calls.push("after paint"));
    expect(calls).toEqual([]);
    for (const frame of frames) frame();
    calls.push("frame done");
    await vi.waitFor(() => expect(calls).toEqual(["frame done", "after paint"]));
  });

  it("does not call back once cancelled, before or after the frame", async () => {
    const early = vi.fn();
    afterNextPaint(early)();
    const late = vi.fn();
    const cancelLate = afterNextPaint(late);
    const witness = vi.fn();
    afterNextPaint(witness); // posted after the cancelled one: once it has run, so had that one
    for (const frame of frames) frame();
    cancelLate();
    await vi.waitFor(() => expect(witness).toHaveBeenCalled());
    expect(early).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
