/**
 * The call history at scale: a throwaway SQLite database (the BFF's own schema and store) filled
 * with --calls finished calls over 90 days, then GET /api/history's store query under typical
 * filters and the call pane's contact lookup (GET /api/history/contact), each timed over
 * --samples runs with varied arguments. Target: p95 <= 50 ms at 100,000 calls.
 *
 *   npm run bench:history [-- --calls 100000 --samples 200 --quick]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../apps/bff/src/db/open-database";
import type { CallPatch, HistoryFilter } from "../apps/bff/src/history/history-store";
import { SqliteHistoryStore } from "../apps/bff/src/history/sqlite-history-store";
import { SqliteMissedCallStore } from "../apps/bff/src/history/sqlite-missed-store";
import { positive, readFlags } from "./lib/args";
import { loadLine, log, table, writeResult } from "./lib/report";
import { fixed, summarise } from "./lib/stats";

const flags = readFlags({
  calls: { type: "string", default: "100000" },
  samples: { type: "string", default: "200" },
  quick: { type: "boolean", default: false },
});
const callCount = flags.quick ? 20_000 : positive(flags.calls, "calls");
const samples = flags.quick ? 50 : positive(flags.samples, "samples");

const DAY = 86_400_000;
const EMPLOYEES = 40;
const CONTACTS = 5_000;
const VIRTUAL_NUMBERS = 20;
const now = Date.UTC(2026, 0, 31, 12);

/** A small deterministic generator: the same database on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}
const rand = random(42);
const pick = (n: number) => Math.floor(rand() * n);
const contactOf = (i: number) => `7903${String(1_000_000 + i).slice(1)}`;
const virtualOf = (i: number) => `7495${String(100_000 + i).slice(1)}00`;

function seededCall(id: number): CallPatch {
  const startedAt = now - Math.floor(rand() * 90 * DAY);
  const lost = rand() < 0.2;
  const wait = 2 + pick(40);
  const talk = lost ? 0 : 10 + pick(600);
  const employees = [1 + pick(EMPLOYEES)];
  if (rand() < 0.1) employees.push(1 + pick(EMPLOYEES));
  return {
    callSessionId: id,
    source: "report",
    startedAt,
    finishedAt: startedAt + (wait + talk) * 1000,
    direction: rand() < 0.7 ? "in" : "out",
    contactNumber: contactOf(pick(CONTACTS)),
    virtualNumber: virtualOf(pick(VIRTUAL_NUMBERS)),
    employees: [...new Set(employees)].map((e) => ({ id: e, name: `Employee ${e}` })),
    waitSeconds: wait,
    talkSeconds: talk,
    totalSeconds: wait + talk,
    tags: rand() < 0.3 ? ["Sales"] : [],
    result: lost ? "lost" : "answered",
  };
}

const day = (offset: number) => new Date(now - offset * DAY).toISOString().slice(0, 10);

/** The history page's typical requests: each sample varies its arguments. */
const cases: { name: string; filter: () => HistoryFilter }[] = [
  { name: "all calls, newest page (supervisor)", filter: () => ({ limit: 50 }) },
  {
    name: "own calls (operator)",
    filter: () => ({ limit: 50, employeeIds: [1 + pick(EMPLOYEES)] }),
  },
  {
    name: "contact number",
    filter: () => ({ limit: 50, number: contactOf(pick(CONTACTS)) }),
  },
  {
    name: "virtual number (busy line)",
    filter: () => ({ limit: 50, number: virtualOf(pick(VIRTUAL_NUMBERS)) }),
  },
  {
    name: "date range (7 days), inbound, lost",
    filter: () => {
      const from = 7 + pick(80);
      return { limit: 50, from: day(from), to: day(from - 7), direction: "in", result: "lost" };
    },
  },
  {
    name: "own calls, date range (7 days)",
    filter: () => {
      const from = 7 + pick(80);
      return { limit: 50, employeeIds: [1 + pick(EMPLOYEES)], from: day(from), to: day(from - 7) };
    },
  },
  {
    name: "outbound lost (rare match)",
    filter: () => ({ limit: 50, direction: "out", result: "lost" }),
  },
];

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "callboard-history-bench-"));
  try {
    const db = openDatabase(dir);
    const store = new SqliteHistoryStore(db, () => now, 30 * 60_000);
    const missed = new SqliteMissedCallStore(db, () => now);
    log(`seeding ${callCount} calls`);
    const seedStart = performance.now();
    for (let id = 1; id <= callCount; id += 5_000) {
      const batch: CallPatch[] = [];
      for (let n = id; n < Math.min(id + 5_000, callCount + 1); n++) batch.push(seededCall(n));
      await store.upsertMany(batch);
    }
    db.pragma("optimize");
    log(`seeded in ${fixed((performance.now() - seedStart) / 1000)} s`);

    const rows: (string | number)[][] = [];
    const results: Record<string, unknown> = {};
    const record = (name: string, times: number[]) => {
      const s = summarise(times);
      rows.push([name, fixed(s.p50, 2), fixed(s.p95, 2), fixed(s.max, 2)]);
      results[name] = s;
    };
    for (const { name, filter } of cases) record(name, await timed(() => store.page(filter())));
    // Page 5 of the newest calls: the keyset cursor, not an offset.
    const deep = await store.page({ limit: 200 });
    const cursor = deep.nextCursor ?? undefined;
    record("next page by cursor", await timed(() => store.page({ limit: 50, cursor })));
    // What the call pane asks for a live call: the caller's calls, today's count, the queue.
    const dayStart = Math.floor(now / DAY) * DAY;
    record(
      "contact lookup (call pane)",
      await timed(async () => {
        const number = contactOf(pick(CONTACTS));
        await store.contact(number, dayStart, 10);
        await missed.waitingFor(number);
      }),
    );
    db.close();

    console.log(`\nCall history, ${callCount} calls, ${samples} samples per query (ms)\n`);
    console.log(table(["query", "p50", "p95", "max"], rows));
    console.log(`\n${loadLine()}`);
    const worst = Math.max(...rows.map((row) => Number(row[2])));
    console.log(`worst p95 ${fixed(worst, 2)} ms (target <= 50 ms)`);
    log(`results: ${writeResult("history", { calls: callCount, samples, results })}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
