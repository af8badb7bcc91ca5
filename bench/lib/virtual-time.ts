/**
 * Virtual time for a benchmark that runs a working day in minutes: replaces the global
 * setTimeout / setInterval / Date.now of this process with a clock that moves only when the
 * benchmark says so. Install it before importing the code under test. Sockets and
 * setImmediate stay real, so HTTP between in-process servers still flows; `settle()` waits for
 * it while virtual time stands still.
 */
interface VirtualTimer {
  id: number;
  at: number;
  every: number | undefined;
  run: () => void;
}

export interface VirtualTime {
  now(): number;
  /** Runs every timer due up to `at`, in time order, settling real I/O after each. */
  advanceTo(at: number, settle: () => Promise<void>): Promise<void>;
  /** The real setTimeout, for waiting on sockets. */
  realSleep(ms: number): Promise<void>;
}

export function installVirtualTime(start: number): VirtualTime {
  const real = { setTimeout: globalThis.setTimeout, clearTimeout: globalThis.clearTimeout };
  let now = start;
  let seq = 0;
  const timers = new Map<number, VirtualTimer>();

  // A handle that looks enough like Node's Timeout for the code that calls unref/ref/refresh.
  class Handle {
    constructor(readonly id: number) {}
    unref() {
      return this;
    }
    ref() {
      return this;
    }
    hasRef() {
      return false;
    }
    refresh() {
      const timer = timers.get(this.id);
      if (timer) timer.at = now + (timer.every ?? 0);
      return this;
    }
    [Symbol.toPrimitive]() {
      return this.id;
    }
  }
  const schedule = (
    fn: (...a: unknown[]) => void,
    ms: unknown,
    every: boolean,
    args: unknown[],
  ) => {
    const delay = Math.max(1, Number(ms) || 0);
    const id = ++seq;
    timers.set(id, {
      id,
      at: now + delay,
      every: every ? delay : undefined,
      run: () => fn(...args),
    });
    return new Handle(id);
  };
  const clear = (handle: unknown) => {
    if (handle instanceof Handle) timers.delete(handle.id);
    else if (typeof handle === "number") timers.delete(handle);
  };
  Object.assign(globalThis, {
    setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      schedule(fn, ms, false, args),
    setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      schedule(fn, ms, true, args),
    clearTimeout: clear,
    clearInterval: clear,
  });
  Date.now = () => now;

  const nextDue = (limit: number): VirtualTimer | undefined => {
    let first: VirtualTimer | undefined;
    for (const timer of timers.values()) {
      if (timer.at <= limit && (!first || timer.at < first.at)) first = timer;
    }
    return first;
  };

  return {
    now: () => now,
    realSleep: (ms) => new Promise((resolve) => real.setTimeout(resolve, ms)),
    async advanceTo(at, settle) {
      for (;;) {
        const timer = nextDue(at);
        if (!timer) break;
        now = Math.max(now, timer.at);
        if (timer.every === undefined) timers.delete(timer.id);
        else timer.at = now + timer.every;
        timer.run();
        await settle();
      }
      now = Math.max(now, at);
    },
  };
}
