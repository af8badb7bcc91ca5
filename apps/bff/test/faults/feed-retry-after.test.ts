import { beforeAll, describe, it } from "vitest";
import { useHarness } from "../harness";
import { type FaultCase, faultCases, UPSTREAM_TIMEOUT_MS } from "./fault-cases";
import { expectFeedRidesOut } from "./feed-outage";
import { sessionCookie } from "./sse-reader";

const t = useHarness({
  pollIntervalMs: 100,
  env: { CALLAPI_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS) },
});
let cookie: string;
beforeAll(async () => {
  await t.h.control.setLimits({ minute_limit: 100_000, minute_remaining: 100_000 });
  cookie = await sessionCookie(t.h.baseUrl(), "operator");
});

const waitingCases = faultCases.filter((fault) => fault.retryAfterSeconds !== undefined);

describe.each(waitingCases)("the live feed under $kind", (fault: FaultCase) => {
  it(`says degraded with ${fault.mnemonic}, waits out Retry-After, then recovers`, async () => {
    await expectFeedRidesOut(t.h, cookie, fault);
  }, 15_000);
});
