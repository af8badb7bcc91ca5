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
      limits: { minute: 150, day: 10000 },
      logRequests: false,
      exampleCalls: true,
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
    });
  });

  it("treats an empty variable as unset", () => {
    expect(loadSimOptions({ SIM_PORT: "" }).port).toBe(8081);
  });

  it("refuses bad values, listing every problem", () => {
    expect(() =>
      loadSimOptions({ SIM_PORT: "eighty", SIM_CLOCK: "sundial", SIM_LANGUAGE: "fr" }),
    ).toThrow(/SIM_PORT[\s\S]*SIM_CLOCK[\s\S]*SIM_LANGUAGE/);
  });
});
