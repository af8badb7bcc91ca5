import { describe, expect, it } from "vitest";
import { createSimControl } from "../src/control-client";
import { startSimulator } from "../src/simulator";
import { outcome, useSimulator } from "./sim-harness";

const h = useSimulator({ weights: { "list.calls": 2 } });

describe("limits", () => {
  it("starts with a real account's budget: 150 points a minute, 750 a day", async () => {
    const plain = await startSimulator({ port: 0, clock: "manual", control: true });
    try {
      const limits = await createSimControl(plain.controlUrl).getLimits();
      expect(limits).toMatchObject({
        minute_limit: 150,
        minute_remaining: 150,
        day_limit: 750,
        day_remaining: 750,
      });
    } finally {
      await plain.close();
    }
  });

  it("charges a method's weight only for successful requests", async () => {
    const first = await h.call("list.calls");
    expect(first.result?.metadata.limits).toMatchObject({
      minute_remaining: 148,
      day_remaining: 9998,
    });
    const failed = await h.call("unhold.call", { call_session_id: 1 });
    expect(failed.error?.data.metadata.limits).toMatchObject({ minute_remaining: 148 });
    const talkOptions = await h.call("list.talk_options");
    expect(talkOptions.result?.metadata.limits).toMatchObject({ minute_remaining: 147 });
  });

  it("counts minute_reset and day_reset down to the sim clock's minute and day boundaries", async () => {
    // The manual clock starts at 09:00:00 UTC.
    await h.control.advance(15);
    const limits = (await h.call("list.talk_options")).result?.metadata.limits;
    expect(limits).toMatchObject({ minute_reset: 45, day_reset: 15 * 3600 - 15 });
  });

  it("refuses with -32029 limit_exceeded (minute) when a request would go over", async () => {
    await h.control.setLimits({ minute_remaining: 1 });
    const reply = await h.call("list.calls");
    expect(reply.error).toMatchObject({
      code: -32029,
      message: "Limit per minute has been exceeded. Value of current limit per minute is 150",
      data: { mnemonic: "limit_exceeded", params: { limit_type: "minute", limit_max_value: 150 } },
    });
    expect(reply.error?.data.metadata.limits.minute_remaining).toBe(1);
    // A cheaper method still fits; then nothing does until the next minute.
    expect(outcome(await h.call("list.talk_options"))).toBe("ok");
    expect(outcome(await h.call("list.talk_options"))).toBe("limit_exceeded");
    await h.control.advance(60);
    const after = await h.call("list.talk_options");
    expect(after.result?.metadata.limits.minute_remaining).toBe(149);
  });

  it("refuses with limit_type day when the day budget is spent", async () => {
    await h.control.setLimits({ day_limit: 500, day_remaining: 0 });
    const reply = await h.call("list.talk_options");
    expect(reply.error?.data.params).toEqual({ limit_type: "day", limit_max_value: 500 });
    expect(reply.error?.message).toBe(
      "Limit per day has been exceeded. Value of current limit per day is 500",
    );
  });

  it("charges the Data API from the same budget, and login.user too", async () => {
    await h.data("get.employees");
    const login = await h.call("login.user", {
      access_token: undefined,
      login: "demo",
      password: "demo",
    });
    expect(login.result?.metadata.limits.minute_remaining).toBe(148);
  });

  it("takes new weights and limits from the control API", async () => {
    const snapshot = await h.control.setLimits({
      minute_limit: 10,
      weights: { "list.talk_options": 4 },
    });
    expect(snapshot).toMatchObject({ minute_limit: 10, minute_remaining: 10 });
    const reply = await h.call("list.talk_options");
    expect(reply.result?.metadata.limits).toMatchObject({ minute_limit: 10, minute_remaining: 6 });
    expect(await h.control.getLimits()).toMatchObject({ minute_remaining: 6 });
  });
});
