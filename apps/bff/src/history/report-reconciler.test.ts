import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallReportRow } from "@callboard/callapi";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../db/open-database";
import { createInProcessFeedBus } from "../feed/feed-bus";
import { createLimitsTracker } from "../limits/tracker";
import { createInProcessNoticeSource } from "../notifications/in-process-notice-source";
import type { CallApiClient } from "../upstream";
import { CallHistory } from "./call-history";
import { ReportReconciler } from "./report-reconciler";
import { SqliteHistoryStore } from "./sqlite-history-store";
import { SqliteMissedCallStore } from "./sqlite-missed-store";

const T0 = Date.parse("2026-03-02T09:00:00Z");
const at = (minute: number) =>
  new Date(T0 + minute * 60_000).toISOString().slice(0, 19).replace("T", " ");
const row = (id: number, minute: number, talk: number): CallReportRow => ({
  id,
  start_time: at(minute),
  finish_time: at(minute + 1),
  direction: "in",
  is_lost: talk === 0,
  contact_phone_number: `7903111${id}`,
  virtual_phone_number: "74993720692",
  total_duration: 60,
  talk_duration: talk,
  wait_duration: 60 - talk,
  tags: [{ tag_id: 1, tag_name: "Sales" }],
  call_records: talk > 0 ? [`hash${id}`] : [],
  employees: [{ employee_id: 1, employee_full_name: "Employee 1" }],
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** One BFF's history on `dir`, reading the report from `report` (the upstream's finished calls). */
function instance(dir: string, now: () => number, report: CallReportRow[], asked: unknown[]) {
  const db = openDatabase(dir);
  const notices = createInProcessNoticeSource();
  const history = new CallHistory({
    store: new SqliteHistoryStore(db, now, 30 * 60_000),
    missed: new SqliteMissedCallStore(db, now),
    bus: createInProcessFeedBus(),
    notices,
    now,
    logger: pino({ level: "silent" }),
  });
  const callApi = {
    data: async (_method: string, params: { offset: number; limit: number }) => {
      asked.push(params);
      return report.slice(params.offset, params.offset + params.limit);
    },
  } as unknown as CallApiClient;
  const reconciler = new ReportReconciler({
    history,
    callApi,
    limits: createLimitsTracker({ now }),
    now,
    logger: pino({ level: "silent" }),
    timeZone: "UTC",
    recordingsUrl: "http://recordings.test",
    pageSize: 2,
  });
  return { db, notices, history, reconciler };
}

describe("ReportReconciler", () => {
  it("fills a restart's gap from the report without counting a call twice", async () => {
    const dir = mkdtempSync(join(tmpdir(), "callboard-history-"));
    dirs.push(dir);
    let now = T0 + 10 * 60_000;
    const report = [row(101, 1, 30), row(102, 3, 0), row(103, 20, 45), row(104, 22, 0)];

    // Before the restart: two calls came in as notices.
    const before = instance(dir, () => now, report, []);
    before.notices.emit({
      event: "call_finished",
      callSessionId: 101,
      receivedAt: T0 + 2 * 60_000,
      contactPhoneNumber: "7903111101",
      talkTimeDuration: 30,
      totalTimeDuration: 60,
    });
    before.notices.emit({
      event: "lost_call",
      callSessionId: 102,
      receivedAt: T0 + 4 * 60_000,
      contactPhoneNumber: "7903111102",
      virtualPhoneNumber: "74993720692",
      waitTimeDuration: 60,
    });
    await before.history.idle();
    before.history.close();
    before.db.close();

    // The BFF was down while calls 103 and 104 finished; after the restart it reconciles twice.
    now = T0 + 30 * 60_000;
    const asked: { date_from?: string; offset: number }[] = [];
    const after = instance(dir, () => now, report, asked);
    const first = await after.reconciler.run();
    const second = await after.reconciler.run();
    expect(first).toMatchObject({ kind: "done", rows: 4, pages: 3 });
    expect(second.kind).toBe("done");
    // The window reaches back before the last call it had (the overlap).
    expect(asked[0]?.date_from).toBe("2026-03-02 08:54:00");

    const page = await after.history.store.page({ limit: 50 });
    expect(page.calls.map((c) => c.callSessionId)).toEqual([104, 103, 102, 101]);
    expect(page.calls.find((c) => c.callSessionId === 103)).toMatchObject({
      talkSeconds: 45,
      result: "answered",
      tags: ["Sales"],
      recordings: [{ index: 0 }],
    });
    expect(await after.history.store.recordingLink(103, 0)).toBe(
      "http://recordings.test/system/media/talk/103/hash103/",
    );
    const queue = await after.history.missed.list();
    expect(queue.map((item) => [item.contactNumber, item.lostCount])).toEqual([
      ["7903111102", 1],
      ["7903111104", 1],
    ]);
    after.history.close();
    after.db.close();
  });
});
