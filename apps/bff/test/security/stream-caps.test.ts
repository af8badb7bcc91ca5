import { apiErrorSchema } from "@callboard/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness, waitFor } from "../harness";
import { loginCookie, openEventStream } from "../sse-client";

const PER_USER = 2;
const PER_ADDRESS = 3;

// Every client here comes from 127.0.0.1: one address, several users.
let h: Harness;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  h = await startHarness({
    env: {
      CALLBOARD_SSE_PER_USER: String(PER_USER),
      CALLBOARD_SSE_PER_ADDRESS: String(PER_ADDRESS),
    },
  });
  for (const role of ["operator", "supervisor", "admin"])
    cookies[role] = await loginCookie(h.baseUrl(), role);
});
afterAll(async () => {
  await h?.close();
});

const eventsUrl = () => `${h.baseUrl()}/api/calls/events`;

async function open(role: string) {
  const stream = openEventStream(eventsUrl(), { cookie: cookies[role] ?? "" });
  expect(await stream.ready).toBe(200);
  return stream;
}

/** One more stream past a cap: 429 with the BFF's ApiError body, and no stream left open. */
async function expectRefused(role: string) {
  const reply = await fetch(eventsUrl(), {
    headers: { cookie: cookies[role] ?? "", accept: "text/event-stream" },
  });
  if (reply.status !== 429) await reply.body?.cancel();
  expect(reply.status).toBe(429);
  const body = apiErrorSchema.parse(await reply.json());
  expect(body).toMatchObject({ status: 429, mnemonic: "too_many_streams" });
  expect(body.message.length).toBeGreaterThan(0);
}

/** Opens a stream as soon as the server has let go of a closed one (its socket closes async). */
async function openOnceFreed(role: string) {
  return waitFor(
    async () => {
      const stream = openEventStream(eventsUrl(), { cookie: cookies[role] ?? "" });
      if ((await stream.ready) === 200) return stream;
      stream.close();
      return undefined;
    },
    3_000,
    `a freed stream slot for ${role}`,
  );
}

describe("event stream caps", () => {
  it("refuse a stream past the per-user and per-address caps, and free a slot on close", async () => {
    const operator = [await open("operator"), await open("operator")];
    await expectRefused("operator");

    const supervisor = await open("supervisor");
    // The admin has no stream yet, but the address has PER_ADDRESS.
    await expectRefused("admin");

    supervisor.close();
    const admin = await openOnceFreed("admin");

    operator[0]?.close();
    const operatorAgain = await openOnceFreed("operator");
    await expectRefused("operator");
    await expectRefused("supervisor");

    for (const stream of [...operator, admin, operatorAgain]) stream.close();
  });
});
