import { describe, expect, it } from "vitest";
import { type Agent, simpleCall, useHarness } from "../harness";

const KEYS_PER_USER = 2;
const t = useHarness({
  roles: ["operator", "supervisor"],
  env: { CALLBOARD_IDEMPOTENCY_KEYS_PER_USER: String(KEYS_PER_USER) },
});

const dial = (agent: Agent, key: string) =>
  agent.post("/api/calls/start/simple").set("Idempotency-Key", key).send(simpleCall);
const dials = async () => (await t.h.sentActions("start.simple_call")).length;

describe("Idempotency-Key storage is per user", () => {
  it("another user's same key and body dials anew and never gets the first user's answer", async () => {
    const first = await dial(t.operator, "shared-key");
    expect(first.status).toBe(200);
    const other = await dial(t.supervisor, "shared-key");
    expect(other.status).toBe(200);
    expect(other.headers["idempotent-replayed"]).toBeUndefined();
    expect(other.body).not.toEqual(first.body);
    expect(await dials()).toBe(2);
  });

  it("one user filling their cap evicts only their own keys: another user's retry still replays", async () => {
    const original = await dial(t.operator, "op-retry");
    expect(original.status).toBe(200);
    for (let i = 1; i <= KEYS_PER_USER * 3; i++)
      expect((await dial(t.supervisor, `flood-${i}`)).status).toBe(200);
    const before = await dials();

    const retry = await dial(t.operator, "op-retry");
    expect(retry.status).toBe(200);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.body).toEqual(original.body);
    expect(await dials()).toBe(before);

    // The flooder's own oldest key was forgotten (the cap holds), its newest is kept.
    expect(
      (await dial(t.supervisor, `flood-${KEYS_PER_USER * 3}`)).headers["idempotent-replayed"],
    ).toBe("true");
    expect((await dial(t.supervisor, "flood-1")).headers["idempotent-replayed"]).toBeUndefined();
    expect(await dials()).toBe(before + 1);
  });
});
