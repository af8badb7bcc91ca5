import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/open-database";
import type { CallPatch } from "./history-store";
import { SqliteHistoryStore } from "./sqlite-history-store";

const T0 = Date.parse("2026-03-02T09:00:00Z");

function makeStore(now = T0 + 3_600_000) {
  const db = openDatabase(":memory:");
  return { db, store: new SqliteHistoryStore(db, () => now, 30 * 60_000) };
}

const call = (id: number, minute: number, extra: Partial<CallPatch> = {}): CallPatch => ({
  callSessionId: id,
  source: "notice",
  startedAt: T0 + minute * 60_000,
  finishedAt: T0 + minute * 60_000 + 30_000,
  direction: "in",
  contactNumber: `7903000${String(id).padStart(4, "0")}`,
  virtualNumber: "74993720692",
  employees: [{ id: (id % 3) + 1, name: `Employee ${(id % 3) + 1}` }],
  talkSeconds: id % 2 === 0 ? 20 : 0,
  result: id % 2 === 0 ? "answered" : "lost",
  ...extra,
});

describe("SqliteHistoryStore", () => {
  it("merges the feed, a notice and the report into one record, the report winning", async () => {
    const { store } = makeStore();
    await store.upsert({
      callSessionId: 7,
      source: "feed",
      startedAt: T0,
      totalSeconds: 40,
      tags: ["Sales"],
    });
    await store.upsert({
      callSessionId: 7,
      source: "notice",
      totalSeconds: 42,
      talkSeconds: 30,
      result: "answered",
    });
    await store.upsert({ callSessionId: 7, source: "feed", totalSeconds: 99, tags: ["VIP"] });
    await store.upsert({
      callSessionId: 7,
      source: "notice",
      recording: { link: "http://rec/7/a/", durationSeconds: 30 },
    });
    await store.upsert({
      callSessionId: 7,
      source: "report",
      totalSeconds: 43,
      endedBy: "contact",
    });
    await store.upsert({
      callSessionId: 7,
      source: "report",
      totalSeconds: 43,
      endedBy: "contact",
    });

    const stored = await store.get(7);
    expect(stored).toMatchObject({
      totalSeconds: 43,
      talkSeconds: 30,
      result: "answered",
      endedBy: "contact",
      tags: ["Sales", "VIP"],
      recordings: [{ index: 0, url: "/api/history/7/recordings/0", durationSeconds: 30 }],
    });
    expect(await store.recordingLink(7, 0)).toBe("http://rec/7/a/");
    expect((await store.page({ limit: 50 })).calls).toHaveLength(1);
  });

  it("pages newest first by keyset without gaps or repeats, under every filter", async () => {
    const { store } = makeStore();
    await store.upsertMany(Array.from({ length: 25 }, (_, i) => call(i + 1, i)));
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.page({ limit: 7, cursor });
      seen.push(...page.calls.map((c) => c.callSessionId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, i) => 25 - i));

    const mine = await store.page({ limit: 50, employeeIds: [2] });
    expect(mine.calls.map((c) => c.callSessionId)).toEqual([25, 22, 19, 16, 13, 10, 7, 4, 1]);
    const lost = await store.page({ limit: 50, result: "lost", employeeIds: [2] });
    expect(lost.calls.every((c) => c.result === "lost")).toBe(true);
    const byNumber = await store.page({ limit: 50, number: "+7 903 000-00-12" });
    expect(byNumber.calls.map((c) => c.callSessionId)).toEqual([12]);
    const window = await store.page({
      limit: 50,
      from: new Date(T0 + 5 * 60_000).toISOString(),
      to: new Date(T0 + 7 * 60_000).toISOString(),
    });
    expect(window.calls.map((c) => c.callSessionId)).toEqual([7, 6]);
    expect((await store.page({ limit: 50, employeeIds: [] })).calls).toEqual([]);
  });

  it("finds a number as contact or virtual number, newest first, paged, with other filters", async () => {
    const { store } = makeStore();
    const shared = "74950001122";
    await store.upsertMany([
      ...Array.from({ length: 12 }, (_, i) => call(i + 1, i)),
      // The same number dialled as a virtual number by others, interleaved in time.
      call(101, 2.5, { virtualNumber: shared }),
      call(102, 6.5, { virtualNumber: shared, direction: "out" }),
      call(103, 9.5, { virtualNumber: shared }),
      call(104, 4.5, { contactNumber: shared }),
      call(105, 11.5, { contactNumber: shared, virtualNumber: shared }),
    ]);
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.page({ limit: 2, number: "+7 495 000-11-22", cursor });
      seen.push(...page.calls.map((c) => c.callSessionId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([105, 103, 102, 104, 101]);

    const inbound = await store.page({ limit: 50, number: shared, direction: "in" });
    expect(inbound.calls.map((c) => c.callSessionId)).toEqual([105, 103, 104, 101]);
    const mine = await store.page({ limit: 1, number: shared, employeeIds: [3] });
    expect(mine.calls.map((c) => c.callSessionId)).toEqual([104]);
    const cursorMine = mine.nextCursor ?? undefined;
    const next = await store.page({
      limit: 1,
      number: shared,
      employeeIds: [3],
      cursor: cursorMine,
    });
    expect(next.calls.map((c) => c.callSessionId)).toEqual([101]);
    expect(next.nextCursor).toBeNull();
  });

  it("keeps a wrap-up, offers it only within the window, and prunes old calls", async () => {
    const { store } = makeStore(T0 + 40 * 60_000);
    await store.upsertMany([call(1, 0), call(2, 30)]);
    expect((await store.get(1))?.wrapUpUntil).toBeNull();
    expect((await store.get(2))?.wrapUpUntil).not.toBeNull();
    await store.wrapUp(2, { note: "Wants a quote", disposition: "Sales", by: "Olga" });
    expect(await store.get(2)).toMatchObject({
      note: "Wants a quote",
      disposition: "Sales",
      wrapUpBy: "Olga",
    });

    expect(await store.prune(T0 + 10 * 60_000, 100)).toBe(1);
    expect(await store.get(1)).toBeUndefined();
    expect((await store.page({ limit: 10, employeeIds: [2] })).calls).toEqual([]);
    expect(
      (await store.page({ limit: 10, employeeIds: [3] })).calls.map((c) => c.callSessionId),
    ).toEqual([2]);
  });
});
