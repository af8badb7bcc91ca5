import type { Virtualizer } from "@tanstack/react-virtual";
import { afterEach, describe, expect, it, vi } from "vitest";
import { observeListRect, scrollListTo } from "./list-measuring";

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

function list(scrollOffset: number | null = null) {
  const element = { clientWidth: 800, clientHeight: 600, scrollTo: vi.fn() };
  const instance = {
    scrollElement: element,
    scrollOffset,
    options: { horizontal: false },
  } as unknown as ListVirtualizer;
  return { element, instance };
}

describe("the board list's scrollToFn", () => {
  it("skips only the first write to the top of a list nothing has scrolled", () => {
    const { element, instance } = list();
    scrollListTo(0, {}, instance);
    expect(element.scrollTo).not.toHaveBeenCalled();
    scrollListTo(440, {}, instance);
    scrollListTo(0, {}, instance);
    expect(element.scrollTo.mock.calls.map(([options]) => options.top)).toEqual([440, 0]);
  });

  it("writes the top when the list has been scrolled, or a first write elsewhere", () => {
    const scrolled = list(880);
    scrollListTo(0, {}, scrolled.instance);
    expect(scrolled.element.scrollTo).toHaveBeenCalledWith({ top: 0, behavior: undefined });
    const fresh = list();
    scrollListTo(0, { adjustments: 44 }, fresh.instance);
    expect(fresh.element.scrollTo).toHaveBeenCalledWith({ top: 44, behavior: undefined });
  });
});

describe("the board list's observeElementRect", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the size only when the ResizeObserver reports it, never on subscribing", () => {
    let notify = () => {};
    const disconnect = vi.fn();
    vi.stubGlobal(
      "ResizeObserver",
      class {
        constructor(callback: () => void) {
          notify = callback;
        }
        observe() {}
        disconnect = disconnect;
      },
    );
    let reads = 0;
    const element = {
      clientWidth: 800,
      get clientHeight() {
        reads += 1; // a read of the layout: forces one when the page's layout is dirty
        return 600;
      },
    };
    const instance = { scrollElement: element } as unknown as ListVirtualizer;
    const sizes: unknown[] = [];
    const stop = observeListRect(instance, (rect) => sizes.push(rect));
    expect(reads).toBe(0);
    notify();
    expect(sizes).toEqual([{ width: 800, height: 600 }]);
    stop?.();
    expect(disconnect).toHaveBeenCalled();
  });
});
