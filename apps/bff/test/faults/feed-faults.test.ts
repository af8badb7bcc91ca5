import { beforeAll, describe, expect, it } from "vitest";
import { useHarness, waitFor } from "../harness";
import { type FaultCase, faultCases, faultFor, UPSTREAM_TIMEOUT_MS } from "./fault-cases";
import { expectFeedRidesOut, OUTAGE } from "./feed-outage";
import { sessionCookie } from "./sse-reader";

const t = useHarness({
  pollIntervalMs: 100,
  env: { CALLAPI_TIMEOUT_MS: String(UPSTREAM_TIMEOUT_MS) },
  roles: ["operator"],
});
let cookie: string;
beforeAll(async () => {
  // A budget large enough that the poller keeps its 100 ms base interval (poll-interval.ts).
  await t.h.control.setLimits({ minute_limit: 100_000, minute_remaining: 100_000 });
  cookie = await sessionCookie(t.h.baseUrl(), "operator");
});

// The faults that carry a Retry-After (the feed then waits 5 s) are in feed-retry-after.test.ts.
const quickCases = faultCases.filter((fault) => fault.retryAfterSeconds === undefined);

describe.each(quickCases)("the live feed under $kind", (fault: FaultCase) => {
  it(`says degraded with ${fault.mnemonic}, then ok again with the calls it missed`, async () => {
    await expectFeedRidesOut(t.h, cookie, fault);
  });
});

describe("GET /api/calls during an outage", () => {
  it("keeps answering the last list, its fetchedAt showing how old it is, and catches up after", async () => {
    const before = await waitFor(async () => {
      const reply = await t.operator.get("/api/calls");
      return reply.body.fetchedAt ? reply : undefined;
    });

    await t.h.control.injectFault(faultFor("http_500", "list.calls", OUTAGE));
    await waitFor(() => t.h.app.feed.status().upstream === "degraded", 5_000, "a failed poll");
    const missed = await t.h.control.createCall({ state: "talk" });
    const stale = await t.operator.get("/api/calls");
    expect(stale.status).toBe(200);
    expect(stale.body.fetchedAt).toBe(t.h.app.feed.status().lastPollAt);
    expect(stale.body.calls.map((c: { id: number }) => c.id)).not.toContain(missed.call_session_id);

    await t.h.control.clearFaults();
    const fresh = await waitFor(async () => {
      const reply = await t.operator.get("/api/calls");
      const ids = (reply.body.calls as { id: number }[]).map((c) => c.id);
      return ids.includes(missed.call_session_id) ? reply : undefined;
    });
    expect(Date.parse(fresh.body.fetchedAt)).toBeGreaterThan(Date.parse(before.body.fetchedAt));
    expect(t.h.app.feed.status().upstream).toBe("ok");
  });

  it("before it ever had a list, answers the upstream's ApiError, not an empty board", async () => {
    // A fresh app: no poll has succeeded yet.
    await t.h.restartApp();
    await t.h.control.injectFault(faultFor("http_500", "list.calls", OUTAGE));
    const cold = await t.operator.get("/api/calls");
    expect(cold.status).toBe(502);
    expect(cold.body).toMatchObject({
      mnemonic: "upstream_http_error",
      message: "CallGear's server answered with an error.",
    });

    await t.h.control.clearFaults();
    const warm = await waitFor(async () => {
      const reply = await t.operator.get("/api/calls");
      return reply.status === 200 && reply.body.fetchedAt ? reply : undefined;
    });
    expect(warm.body.calls).toEqual(expect.any(Array));
  });
});
