import { readFileSync } from "node:fs";

/** Linux reports CPU time in clock ticks of 1/100 s (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

export interface ProcSample {
  at: number;
  rssMb: number;
  /** user + system CPU seconds since the process started. */
  cpuSeconds: number;
}

export function readProc(pid: number): ProcSample & { peakRssMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, "m").exec(status)?.[1]);
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return {
    at: performance.now(),
    rssMb: kb("VmRSS") / 1024,
    peakRssMb: kb("VmHWM") / 1024,
    cpuSeconds: ticks / TICKS_PER_SECOND,
  };
}

/** Samples a process's RSS and CPU every `everyMs` until stopped. */
export function sampleProcess(pid: number, everyMs = 1000) {
  const samples: ProcSample[] = [];
  const take = () => {
    try {
      samples.push(readProc(pid));
    } catch {
      // The process has gone: the caller notices on its own.
    }
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    samples,
    /** Stops sampling; RSS median and peak (MB) and the CPU share (% of one core) in the window. */
    stop() {
      clearInterval(timer);
      take();
      const first = samples[0];
      const last = samples.at(-1);
      const rss = samples.map((s) => s.rssMb).sort((a, b) => a - b);
      const seconds = first && last ? (last.at - first.at) / 1000 : 0;
      return {
        rssMedianMb: rss[Math.floor(rss.length / 2)] ?? Number.NaN,
        rssPeakMb: rss.at(-1) ?? Number.NaN,
        rssFirstMb: first?.rssMb ?? Number.NaN,
        rssLastMb: last?.rssMb ?? Number.NaN,
        cpuPercent:
          first && last && seconds > 0 ? (100 * (last.cpuSeconds - first.cpuSeconds)) / seconds : 0,
        samples: samples.map((s) => ({ t: Math.round(s.at), rssMb: s.rssMb, cpu: s.cpuSeconds })),
      };
    },
  };
}
