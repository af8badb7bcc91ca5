import { callReportRowSchema } from "@callboard/callapi";
import { describe, expect, it } from "vitest";
import { useSimulator } from "./sim-harness";

const h = useSimulator();

/** The manual clock's start (09:00 UTC) in Moscow, and a window around the morning. */
const morning = { date_from: "2026-03-02 12:00:00", date_till: "2026-03-02 13:59:59" };

/** Three finished calls: answered and tagged, recorded, and one nobody answered. */
async function finishThree(): Promise<number[]> {
  const tagged = await h.control.createCall({ state: "talk", contact_phone_number: "79161234567" });
  await h.call("tag.call", { call_session_id: tagged.call_session_id, tag_id: 36 });
  await h.control.advance(30);
  await h.call("release.call", { call_session_id: tagged.call_session_id });
  const recorded = await h.control.createCall({ state: "talk", employee_id: 28 });
  await h.control.advance(20);
  await h.call("release.call", { call_session_id: recorded.call_session_id });
  const lost = await h.control.createCall({ state: "ringing", employee_id: 27 });
  await h.control.advance(2);
  await h.call("release.call", { call_session_id: lost.call_session_id });
  return [tagged.call_session_id, recorded.call_session_id, lost.call_session_id];
}

describe("get.calls_report", () => {
  it("lists finished calls in the window, oldest first, as the schema reads them", async () => {
    const [tagged, recorded, lost] = await finishThree();
    const live = await h.control.createCall({ state: "talk" });
    const reply = await h.data("get.calls_report", morning);
    const rows = reply.result?.data as unknown[];
    expect(rows.map((row) => callReportRowSchema.parse(row).id)).toEqual([tagged, recorded, lost]);
    expect(rows.some((row) => (row as { id: number }).id === live.call_session_id)).toBe(false);
    expect(reply.result?.metadata.total_items).toBe(3);
    expect(rows[0]).toMatchObject({
      id: tagged,
      start_time: "2026-03-02 12:00:00",
      finish_time: "2026-03-02 12:00:30",
      finish_reason: "released_by_api",
      direction: "in",
      is_lost: false,
      contact_phone_number: "79161234567",
      virtual_phone_number: "74993720692",
      communication_number: "1",
      total_duration: 30,
      talk_duration: 30,
      wait_duration: 0,
      scenario_name: "Main IVR",
      tags: [{ tag_id: 36, tag_name: "Sale" }],
      call_records: [],
      employees: [{ employee_id: 25, employee_full_name: "Анна Смирнова", is_answered: true }],
    });
    expect(rows[2]).toMatchObject({ is_lost: true, talk_duration: 0, wait_duration: 2 });
    const records = (rows[1] as { call_records: string[] }).call_records;
    expect(records).toHaveLength(1);
    const audio = await fetch(`${h.sim.url}/system/media/talk/${recorded}/${records[0]}/`);
    expect(audio.headers.get("content-type")).toBe("audio/wav");
  });

  it("pages with offset/limit, selects fields and filters", async () => {
    const ids = await finishThree();
    const page = async (params: Record<string, unknown>) =>
      (await h.data("get.calls_report", { ...morning, ...params })).result?.data as Record<
        string,
        unknown
      >[];
    expect((await page({ limit: 2, offset: 0 })).map((row) => row.id)).toEqual(ids.slice(0, 2));
    expect((await page({ limit: 2, offset: 2 })).map((row) => row.id)).toEqual(ids.slice(2));
    expect(await page({ limit: 1, fields: ["id", "is_lost"] })).toEqual([
      { id: ids[0], is_lost: false },
    ]);
    const lost = await page({ filter: { field: "is_lost", operator: "=", value: true } });
    expect(lost.map((row) => row.id)).toEqual([ids[2]]);
    const long = await page({ filter: { field: "talk_duration", operator: ">=", value: 20 } });
    expect(long.map((row) => row.id)).toEqual(ids.slice(0, 2));
  });

  it("answers only calls that started inside [date_from, date_till], to the second", async () => {
    const [first] = await finishThree();
    await h.control.advance(3600);
    const later = await h.control.createCall({ state: "talk" });
    await h.call("release.call", { call_session_id: later.call_session_id });
    const ids = async (date_from: string, date_till: string) => {
      const reply = await h.data("get.calls_report", { date_from, date_till });
      return ((reply.result?.data ?? []) as { id: number }[]).map((row) => row.id);
    };
    expect(await ids("2026-03-02 12:00:00", "2026-03-02 12:00:00")).toEqual([first]);
    expect(await ids("2026-03-02 12:00:01", "2026-03-02 12:00:29")).toEqual([]);
    expect(await ids("2026-03-02 13:00:00", "2026-03-02 23:59:59")).toEqual([
      later.call_session_id,
    ]);
  });

  it("charges points like every Data API call and checks its params", async () => {
    const before = (await h.control.getLimits()).minute_remaining;
    const reply = await h.data("get.calls_report", morning);
    expect(reply.result?.metadata.limits.minute_remaining).toBe(before - 1);
    const missing = await h.data("get.calls_report", { date_from: morning.date_from });
    expect(missing.error?.data).toMatchObject({
      mnemonic: "required_parameter_missed",
      field: "date_till",
    });
    const impossible = await h.data("get.calls_report", {
      ...morning,
      date_from: "2026-02-30 00:00:00",
    });
    expect(impossible.error?.data).toMatchObject({
      mnemonic: "invalid_parameter_value",
      field: "date_from",
    });
    const inverted = await h.data("get.calls_report", {
      date_from: morning.date_till,
      date_till: morning.date_from,
    });
    expect(inverted.error?.data.mnemonic).toBe("invalid_parameters_combination");
  });
});
