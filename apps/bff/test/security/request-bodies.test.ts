import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, type Harness, startHarness } from "../harness";
import { open, type RouteSample, routeSamples } from "./route-samples";

let h: Harness;
let admin: Agent;
let withBodies: RouteSample[];
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login("admin");
  const call = await h.control.createCall({ state: "talk" });
  const users = (await admin.get("/api/users")).body as { id: number; username: string }[];
  withBodies = routeSamples({
    callId: call.call_session_id,
    legId: call.legs[0]?.leg_id ?? 1,
    userId: users.find((user) => user.username === "operator")?.id ?? 1,
  }).filter((sample) => sample.body !== undefined && sample.name !== "webhook");
  await h.control.clearRequests();
});
afterAll(async () => {
  await h?.close();
});

/** Sends a raw body with a content type, as admin (every role, CSRF header set). */
function sendRaw(sample: RouteSample, contentType: string, raw: string) {
  return open(admin, sample).set("Content-Type", contentType).send(raw);
}

function expectRefused(
  sample: RouteSample,
  reply: { status: number; body: Record<string, unknown> },
  status: number,
  mnemonic: string,
) {
  expect({ route: sample.name, status: reply.status, mnemonic: reply.body.mnemonic }).toEqual({
    route: sample.name,
    status,
    mnemonic,
  });
  expect(reply.body.message).toEqual(expect.any(String));
}

describe("bodies the BFF refuses before anything else, on every route that takes one", () => {
  it("covers the body routes", () => {
    expect(withBodies.map((s) => s.name)).toEqual(
      expect.arrayContaining(["login", "startCall", "hold", "createUser", "updateUser"]),
    );
  });

  it("oversized (over 32 KB): 413 payload_too_large", async () => {
    for (const sample of withBodies) {
      const huge = JSON.stringify({ ...sample.body, padding: "x".repeat(40 * 1024) });
      expectRefused(
        sample,
        await sendRaw(sample, "application/json", huge),
        413,
        "payload_too_large",
      );
    }
  });

  it("malformed JSON: 400 validation_failed", async () => {
    for (const sample of withBodies) {
      for (const raw of ['{"to":', "{'to': 1}", "[1,2", "nul"]) {
        expectRefused(
          sample,
          await sendRaw(sample, "application/json", raw),
          400,
          "validation_failed",
        );
      }
    }
  });

  it("not JSON (a form post, text, XML): 415 unsupported_media_type", async () => {
    for (const sample of withBodies) {
      for (const [type, raw] of [
        ["application/x-www-form-urlencoded", "to=79261112233"],
        ["text/plain", JSON.stringify(sample.body)],
        ["application/xml", "<to>79261112233</to>"],
        ["multipart/form-data; boundary=x", "--x\r\n\r\n--x--"],
      ] as const) {
        expectRefused(sample, await sendRaw(sample, type, raw), 415, "unsupported_media_type");
      }
    }
  });

  it("JSON of the wrong shape, prototype tricks included: 400 validation_failed", async () => {
    for (const sample of withBodies) {
      for (const raw of [
        '{"__proto__":{"role":"admin"}}',
        '{"constructor":{"prototype":{"role":"admin"}}}',
        "[]",
        '"text"',
        "42",
      ]) {
        expectRefused(
          sample,
          await sendRaw(sample, "application/json", raw),
          400,
          "validation_failed",
        );
      }
    }
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  it("sent nothing upstream for any refused body", async () => {
    expect(await h.sentActions()).toEqual([]);
  });
});
