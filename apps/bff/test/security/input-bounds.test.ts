import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Agent, type Harness, startHarness } from "../harness";

let h: Harness;
let admin: Agent;
let callId: number;
beforeAll(async () => {
  h = await startHarness();
  admin = await h.login("admin");
  callId = (await h.control.createCall({ state: "talk" })).call_session_id;
});
afterAll(async () => {
  await h?.close();
});

describe("inputs are bounded before anything goes upstream", () => {
  it.each(["1e3", "0x10", "%205", "5%20", "+5", "05.0"])("call id %s is refused", async (id) => {
    const reply = await admin.post(`/api/calls/${id}/unhold`).send({});
    expect(reply.status).toBe(400);
    expect(reply.body.field).toBe("id");
  });

  it("a 30,000-character TTS text never reaches CallGear", async () => {
    await h.control.clearRequests();
    const reply = await admin
      .post(`/api/calls/${callId}/hold`)
      .send({ contact_message: { type: "tts", value: "a".repeat(30_000) } });
    expect(reply.status).toBe(400);
    expect(await h.sentActions("hold.call")).toEqual([]);
  });

  it("a DTMF string of 1,000 symbols is refused", async () => {
    const reply = await admin
      .post(`/api/calls/${callId}/dtmf`)
      .send({ dtmf_string: "1".repeat(1000) });
    expect(reply.status).toBe(400);
  });

  it("a SIP number whose user part has characters RFC 3261 does not allow is refused", async () => {
    const reply = await admin.post("/api/calls/start/simple").send({
      virtual_phone_number: "74993720692",
      contact: 'sip:a<b>"c@example.com',
      first_call: "operator",
      operator: "79260000001",
    });
    expect(reply.status).toBe(400);
  });

  it("a date filter far outside any audit entry is refused", async () => {
    const reply = await admin.get("/api/audit").query({ from: "9999-12-31T23:59:59-23:59" });
    expect(reply.status).toBe(400);
  });

  it("bidi overrides and control characters never reach what other users see", async () => {
    const created = await admin.post("/api/users").send({
      username: "bidi-user",
      password: "password-1",
      role: "operator",
      displayName: "Anna\u202Egpj.exe\u0007\u200F",
    });
    expect(created.status).toBe(201);
    expect(created.body.displayName).toBe("Annagpj.exe");
    const audit = await admin.get("/api/audit").query({ action: "user.create" });
    expect(JSON.stringify(audit.body)).not.toMatch(/\\u202e|\u202E|\\u0007/i);
  });
});
