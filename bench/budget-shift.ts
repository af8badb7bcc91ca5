/**
 * Budget: a simulated shift under the simulator's minute limit (150 points by default, as the
 * service). 20 operators, each with a live board (SSE), a new call every few seconds; the
 * call's operator puts it on hold, takes it back and hangs up. Per minute window: the points the
 * BFF's polling spent against the actions', and every action refused with limit_exceeded.
 *
 *   npx tsx bench/budget-shift.ts [--minutes 3] [--operators 20] [--call-every 4] [--quick]
 */
import { positive, readFlags } from "./lib/args";
import { type ActionOutcome, bffClient } from "./lib/bff-client";
import { loadLine, log, table, writeResult } from "./lib/report";
import { openSse } from "./lib/sse-client";
import { createUser, login, startStack } from "./lib/stack";

const flags = readFlags({
  minutes: { type: "string", default: "3" },
  operators: { type: "string", default: "20" },
  "call-every": { type: "string", default: "4" },
  "minute-limit": { type: "string", default: "150" },
  quick: { type: "boolean", default: false },
});
const minutes = flags.quick ? 1 : positive(flags.minutes, "minutes");
const operatorCount = positive(flags.operators, "operators");
const callEverySeconds = positive(flags["call-every"], "call-every");
const minuteLimit = positive(flags["minute-limit"], "minute-limit");
/** When each operator acts on their call, in seconds after it appears. */
const SCRIPT = [
  { after: 5, action: "hold" },
  { after: 12, action: "unhold" },
  { after: 20, action: "release" },
] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main() {
  const stack = await startStack({
    name: "budget-shift",
    simEnv: { SIM_MINUTE_LIMIT: String(minuteLimit), SIM_DAY_LIMIT: "10000" },
  });
  const streams: { close(): void }[] = [];
  const clients: ReturnType<typeof bffClient>[] = [];
  try {
    const admin = await login(stack.bffUrl);
    const operators = [];
    let streamErrors = 0;
    for (let i = 0; i < operatorCount; i++) {
      const user = {
        username: `operator-${i + 1}`,
        password: "operator-password-1",
        role: "operator" as const,
      };
      await createUser(stack.bffUrl, admin, user);
      const session = await login(stack.bffUrl, {
        username: user.username,
        password: user.password,
      });
      operators.push(bffClient(stack.bffUrl, session, 2));
      streams.push(
        openSse(`${stack.bffUrl}/api/calls/events`, session.cookie, {
          onOpen() {},
          onEvent() {},
          onEnd() {
            streamErrors++;
          },
        }),
      );
    }
    clients.push(...operators);
    // Start the shift on a minute boundary of the simulator's budget, so windows line up.
    const untilMinute = 60_000 - (Date.now() % 60_000);
    log(
      `${operatorCount} operators on their boards; the shift starts in ${Math.round(untilMinute / 1000)} s`,
    );
    await sleep(untilMinute);
    await stack.control.clearRequests();
    const shiftStart = Date.now();
    const shiftEnd = shiftStart + minutes * 60_000;
    const lastCallAt = shiftEnd - (SCRIPT.at(-1)!.after + 3) * 1000;
    const outcomes: (ActionOutcome & { action: string; at: number })[] = [];
    const scripts: Promise<void>[] = [];
    let callIndex = 0;
    log(`shift: ${minutes} min, a call every ${callEverySeconds} s`);
    while (Date.now() < lastCallAt) {
      const call = await stack.control.createCall({ state: "talk" });
      const operator = operators[callIndex++ % operators.length]!;
      const appeared = Date.now();
      scripts.push(
        (async () => {
          for (const step of SCRIPT) {
            await sleep(Math.max(0, appeared + step.after * 1000 - Date.now()));
            const path = `/api/calls/${call.call_session_id}`;
            const outcome =
              step.action === "release"
                ? await operator.delete(path)
                : await operator.post(`${path}/${step.action}`);
            outcomes.push({ ...outcome, action: step.action, at: Date.now() });
          }
        })(),
      );
      await sleep(Math.max(0, appeared + callEverySeconds * 1000 - Date.now()));
    }
    await Promise.all(scripts);
    await sleep(Math.max(0, shiftEnd - Date.now()));
    const requests = await stack.control.requests();

    const windows = Array.from({ length: minutes }, (_, m) => ({
      minute: m + 1,
      polls: 0,
      actions: 0,
      other: 0,
      refused: 0,
      failed: 0,
    }));
    const windowOf = (at: number) => windows[Math.floor((at - shiftStart) / 60_000)];
    for (const request of requests) {
      const w = windowOf(Date.parse(request.at));
      if (!w) continue;
      if (request.method === "list.calls") w.polls++;
      else if (["hold.call", "unhold.call", "release.call"].includes(request.method ?? ""))
        w.actions++;
      else w.other++;
    }
    for (const outcome of outcomes) {
      const w = windowOf(outcome.at);
      if (!w) continue;
      if (outcome.mnemonic === "limit_exceeded") w.refused++;
      else if (outcome.status >= 400) w.failed++;
    }
    const refused = outcomes.filter((o) => o.mnemonic === "limit_exceeded").length;
    const failures = outcomes.filter((o) => o.status >= 400);
    console.log(
      `\nBudget shift: ${operatorCount} operators (each with a live board), a call every ${callEverySeconds} s, ` +
        `hold/unhold/release per call, minute limit ${minuteLimit}\n`,
    );
    console.log(
      table(
        [
          "minute",
          "list.calls (polling)",
          "actions",
          "other requests",
          "points used / limit",
          "actions refused (limit_exceeded)",
          "other failures",
        ],
        windows.map((w) => [
          w.minute,
          w.polls,
          w.actions,
          w.other,
          `${w.polls + w.actions + w.other} / ${minuteLimit}`,
          w.refused,
          w.failed,
        ]),
      ),
    );
    console.log(
      `\n${outcomes.length} actions, ${refused} refused with limit_exceeded, ${failures.length} failed in all; ${streamErrors} board streams dropped` +
        (failures.length
          ? ` (${[...new Set(failures.map((f) => `${f.status} ${f.mnemonic}`))].join(", ")})`
          : ""),
    );
    const file = writeResult("budget-shift", {
      minutes,
      operatorCount,
      callEverySeconds,
      minuteLimit,
      windows,
      actions: outcomes.length,
      refused,
      failures: failures.length,
    });
    console.log(`\n${loadLine()}\n(JSON: ${file})`);
  } finally {
    for (const stream of streams) stream.close();
    await Promise.all(clients.map((client) => client.close()));
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
