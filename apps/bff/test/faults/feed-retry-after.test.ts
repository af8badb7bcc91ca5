import { afterAll, beforeAll, beforeEach, describe, it } from "vitest";
import { type Harness, startHarness } from "../harness";
import { type FaultCase, faultCases, UPSTREAM_TIMEOUT_MS } from "./fault-cases";
import { expectFeedRidesOut } from "./feed-outage";
import { sessionCookie } from "./sse-reader";

let h: Harness;
let cookie: string;
beforeAll(async () => {
  h = await startHarness({
    pollIntervalMs: 100,
    env: { CALLAPI_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS) },
  });
  await h.control.setLimits({ minute_limit: 100_000, minute_remaining: 100_000 });
  cookie = await sessionCookie(h.baseUrl(), "operator");
});
afterAll(async () => {
  await h?.close();
});
beforeEach(async () => {
  await h.control.clearFaults();
});

const waitingCases = faultCases.filter((fault) => fault.retryAfterSeconds !== undefined);

describe.each(waitingCases)("the live feed under $kind", (fault: FaultCase) => {
  it(`says degraded with ${fault.mnemonic}, waits out Retry-After, then recovers`, async () => {
    await expectFeedRidesOut(h, cookie, fault);
  }, 15_000);
});
