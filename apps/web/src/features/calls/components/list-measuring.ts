import { elementScroll, type Rect, type Virtualizer } from "@tanstack/react-virtual";

/*
 * The virtualizer's DOM hooks for the board's list, without the two reads and writes that forced
 * a layout of the whole page on mount, before the first paint (docs/performance.md): its
 * first measure of the list (clientHeight in a layout effect) and its first scroll (to 0, on a
 * list that is at 0 anyway).
 */

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * The list's size before it was ever laid out: the window's. The first render then holds the
 * rows of a full window (a few more than fit), rather than none until the list is measured.
 */
export function windowRect(): Rect {
  return typeof window === "undefined"
    ? { width: 0, height: 0 }
    : { width: window.innerWidth, height: window.innerHeight };
}

/**
 * The virtualizer's observeElementRect without its synchronous first measure: the default reads
 * the list's clientHeight in a layout effect, which forced a layout of the whole page before the
 * first paint. Here the first size comes from the ResizeObserver,
 * which reports after the browser's own layout of that frame; until then the virtualizer works
 * with `initialRect` (windowRect).
 */
export function observeListRect(
  instance: ListVirtualizer,
  report: (rect: Rect) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element) return undefined;
  const read = () => report({ width: element.clientWidth, height: element.clientHeight });
  if (typeof ResizeObserver === "undefined") {
    read();
    return undefined;
  }
  // clientWidth/Height inside the callback: layout is fresh then, so reading them costs nothing.
  const observer = new ResizeObserver(read);
  observer.observe(element, { box: "content-box" });
  return () => observer.disconnect();
}

const written = new WeakSet<Element>();

/**
 * The virtualizer's scrollToFn, skipping only its first write when that is "to the top" of a
 * list nothing has scrolled yet (a new element is at the top: scrollTo would only force layout).
 * Any later write goes through, 0 included.
 */
export function scrollListTo(
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: ListVirtualizer,
): void {
  const element = instance.scrollElement;
  if (!element) return;
  if (
    !written.has(element) &&
    offset + (options.adjustments ?? 0) === 0 &&
    !instance.scrollOffset
  ) {
    return;
  }
  written.add(element);
  elementScroll(offset, options, instance);
}
