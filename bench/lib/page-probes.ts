/**
 * Code run inside the page, kept as plain JavaScript text: tsx would wrap a TS function with
 * helpers (`__name`) that do not exist in the browser.
 *
 * "Painted" = the next frame after the DOM change: a requestAnimationFrame callback, then a
 * MessageChannel message, which runs once that frame's style, layout and paint are done.
 */

/** Installed before the app: times the first painted row and the arrival of every delta. */
export const installProbes = `(() => {
  const bench = {};
  window.__bench = bench;
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  bench.afterPaint = afterPaint;
  // Added in the constructor, before the app's own listener: it runs first on each delta.
  const NativeEventSource = window.EventSource;
  window.EventSource = class extends NativeEventSource {
    constructor(url, init) {
      super(url, init);
      this.addEventListener("delta", () => { bench.lastDeltaAt = performance.now(); });
    }
  };
  const observer = new MutationObserver(() => {
    if (bench.firstRowsAt !== undefined) return;
    if (!document.querySelector('[role="option"][data-call-id]')) return;
    bench.firstRowsAt = performance.now();
    observer.disconnect();
    afterPaint((at) => { bench.firstBoardPaintedAt = at; });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/**
 * Arms a watch on one row (argument: its call id): window.__bench.pending resolves with
 * `{ wall, work }` in ms. `wall`: from the delta's arrival to the frame painted after the row's
 * phase chip changed (the original figure). `work`: the part of it the page spends on the
 * update: delta arrival to the DOM change, plus that frame's rendering (its requestAnimationFrame
 * callback to after its paint). The rest of `wall` is the wait for the next vsync-aligned frame
 * (up to 16.7 ms at 60 Hz), which no code on the page can shorten, so both are reported.
 */
export const armRowWatch = `(callId) => {
  const bench = window.__bench;
  const phaseOf = () => document.querySelector('[data-call-id="' + callId + '"] [data-phase]')?.getAttribute("data-phase") ?? null;
  const before = phaseOf();
  bench.pending = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (phaseOf() === before) return;
      observer.disconnect();
      const deltaAt = bench.lastDeltaAt ?? NaN;
      const changedAt = performance.now();
      requestAnimationFrame(() => {
        const frameAt = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const paintedAt = performance.now();
          resolve({ wall: paintedAt - deltaAt, work: changedAt - deltaAt + (paintedAt - frameAt) });
        };
        channel.port2.postMessage(0);
      });
    });
    const list = document.querySelector('[role="listbox"]') ?? document.body;
    observer.observe(list, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  return before;
}`;
