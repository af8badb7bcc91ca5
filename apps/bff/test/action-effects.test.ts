import { describe, expect, it } from "vitest";
import { useHarness } from "./harness";

// A minute between planned reconciliations: nothing but the action can change the board here.
const t = useHarness({ roles: ["operator"], pollIntervalMs: 60_000 });

interface Listed {
  id: number;
  phase: string;
  unconfirmed?: boolean;
  legs: { isOperator: boolean; state: string }[];
}

async function session(id: number): Promise<Listed | undefined> {
  const response = await t.operator.get("/api/calls");
  return (response.body.calls as Listed[]).find((call) => call.id === id);
}

describe("an action's known effect on the board", () => {
  it("shows hold and unhold at once, unconfirmed, without a list.calls", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const id = call.call_session_id;
    await t.h.app.feed.refreshNow();
    expect((await session(id))?.phase).toBe("talk");
    await t.h.control.clearRequests();

    expect((await t.operator.post(`/api/calls/${id}/hold`).send({})).status).toBe(200);
    const held = await session(id);
    expect(held?.phase).toBe("hold");
    expect(held?.unconfirmed).toBe(true);
    expect(held?.legs.find((leg) => !leg.isOperator)?.state).toBe("on_hold");

    expect((await t.operator.post(`/api/calls/${id}/unhold`).send({})).status).toBe(200);
    expect((await session(id))?.phase).toBe("talk");
    expect(await t.h.control.requests("list.calls")).toHaveLength(0);

    // The next reconciliation agrees and confirms it.
    await t.h.app.feed.refreshNow();
    const confirmed = await session(id);
    expect(confirmed?.phase).toBe("talk");
    expect(confirmed?.unconfirmed).toBeFalsy();
  });

  it("shows a return to the caller at once: the consulted colleague leaves", async () => {
    const call = await t.h.control.createCall({ state: "operator_talk" });
    const id = call.call_session_id;
    await t.h.app.feed.refreshNow();
    expect((await session(id))?.phase).toBe("operator_talk");
    await t.h.control.clearRequests();

    expect((await t.operator.post(`/api/calls/${id}/restore`).send({})).status).toBe(200);
    const back = await session(id);
    expect(back?.phase).toBe("talk");
    expect(back?.unconfirmed).toBe(true);
    expect(await t.h.control.requests("list.calls")).toHaveLength(0);
    await t.h.app.feed.refreshNow();
    expect((await session(id))?.phase).toBe("talk");
  });

  it("leaves the board alone when the action failed upstream", async () => {
    const call = await t.h.control.createCall({ state: "talk" });
    const id = call.call_session_id;
    await t.h.app.feed.refreshNow();
    await t.h.control.injectFault({ kind: "http_500", method: "hold.call", count: 2 });
    expect((await t.operator.post(`/api/calls/${id}/hold`).send({})).status).toBeGreaterThanOrEqual(
      500,
    );
    expect((await session(id))?.phase).toBe("talk");
    await t.h.control.clearFaults();
  });
});
