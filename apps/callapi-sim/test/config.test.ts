import { describe, expect, it } from "vitest";
import { loadSimOptions } from "../src/config";

describe("loadSimOptions", () => {
  it("defaults to 127.0.0.1:8081, seed 1, real clock, no control, 2 inbound calls a minute", () => {
    expect(loadSimOptions({})).toEqual({
      host: "127.0.0.1",
      port: 8081,
      seed: 1,
      clock: "real",
      control: false,
      language: "en",
      inboundPerMinute: 2,
      limits: { minute: 150, day: 750 },
      logRequests: false,
      exampleCalls: true,
      timeZone: "Europe/Moscow",
      notificationDelivery: {
        delayMinMs: 20,
        delayMaxMs: 80,
        reorderRate: 0.05,
        duplicateRate: 0.02,
      },
      reportCapacity: 100_000,
    });
  });

  it("reads every SIM_* variable", () => {
    const options = loadSimOptions({
      SIM_HOST: "0.0.0.0",
      SIM_PORT: "0",
      SIM_SEED: "42",
      SIM_CLOCK: "manual",
      SIM_CONTROL: "1",
      SIM_LANGUAGE: "ru",
      SIM_INBOUND_PER_MINUTE: "0",
      SIM_MINUTE_LIMIT: "20",
      SIM_DAY_LIMIT: "750",
      SIM_LOG_REQUESTS: "1",
      SIM_EXAMPLE_CALLS: "0",
      SIM_TIMEZONE: "Asia/Yekaterinburg",
      SIM_NOTIFY_DELAY_MIN_MS: "0",
      SIM_NOTIFY_DELAY_MAX_MS: "0",
      SIM_NOTIFY_REORDER_RATE: "0",
      SIM_NOTIFY_DUPLICATE_RATE: "1",
      SIM_REPORT_CAPACITY: "500",
    });
    expect(options).toEqual({
      host: "0.0.0.0",
      port: 0,
      seed: 42,
      clock: "manual",
      control: true,
      language: "ru",
      inboundPerMinute: 0,
      limits: { minute: 20, day: 750 },
      logRequests: true,
      exampleCalls: false,
      timeZone: "Asia/Yekaterinburg",
      notificationDelivery: { delayMinMs: 0, delayMaxMs: 0, reorderRate: 0, duplicateRate: 1 },
      reportCapacity: 500,
    });
  });

  it("treats an empty variable as unset", () => {
    expect(loadSimOptions({ SIM_PORT: "" }).port).toBe(8081);
  });

  it("lets an embedding app replace the account's limits where no variable sets them", () => {
    const demo = { limits: { minute: 1000, day: 100_000 } };
    expect(loadSimOptions({}, demo).limits).toEqual({ minute: 1000, day: 100_000 });
    expect(loadSimOptions({ SIM_DAY_LIMIT: "750" }, demo).limits).toEqual({
      minute: 1000,
      day: 750,
    });
  });

  it("lets an embedding app set the account's time zone where SIM_TIMEZONE does not", () => {
    expect(loadSimOptions({}).timeZone).toBe("Europe/Moscow");
    expect(loadSimOptions({}, { timeZone: "Asia/Yekaterinburg" }).timeZone).toBe(
      "Asia/Yekaterinburg",
    );
    expect(
      loadSimOptions({ SIM_TIMEZONE: "Europe/Berlin" }, { timeZone: "Asia/Yekaterinburg" })
        .timeZone,
    ).toBe("Europe/Berlin");
  });

  it("refuses a time zone, rates and delays out of range", () => {
    expect(() =>
      loadSimOptions({
        SIM_TIMEZONE: "Mars/Olympus",
        SIM_NOTIFY_REORDER_RATE: "1.5",
        SIM_NOTIFY_DELAY_MIN_MS: "90",
        SIM_NOTIFY_DELAY_MAX_MS: "10",
      }),
    ).toThrow(/SIM_TIMEZONE[\s\S]*SIM_NOTIFY_REORDER_RATE/);
    expect(() =>
      loadSimOptions({ SIM_NOTIFY_DELAY_MIN_MS: "90", SIM_NOTIFY_DELAY_MAX_MS: "10" }),
    ).toThrow(/SIM_NOTIFY_DELAY_MAX_MS/);
  });

  it("refuses bad values, listing every problem", () => {
    expect(() =>
      loadSimOptions({ SIM_PORT: "eighty", SIM_CLOCK: "sundial", SIM_LANGUAGE: "fr" }),
    ).toThrow(/SIM_PORT[\s\S]*SIM_CLOCK[\s\S]*SIM_LANGUAGE/);
  });
});
