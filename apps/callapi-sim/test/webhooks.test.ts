import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Json, useSimulator } from "./sim-harness";

const h = useSimulator();
const received: Json[] = [];
let receiver: Server;
let receiverUrl: string;

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      received.push({ url: req.url, body: JSON.parse(body) });
      res.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/hooks/callgear`;
});

afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

/** Waits (bounded) until `count` notifications have arrived. */
async function arrived(count: number): Promise<Json[]> {
  for (let attempt = 0; attempt < 200 && received.length < count; attempt++) {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return received;
}

describe("webhooks (the notification server)", () => {
  it("posts incoming call, talk started and call finished events to the configured URL", async () => {
    const response = await fetch(`${h.sim.controlUrl}/webhook`, {
      method: "POST",
      body: JSON.stringify({ url: `${receiverUrl}?secret=s3cret` }),
    });
    expect(await response.json()).toEqual({ url: `${receiverUrl}?***`, sent: 0, failed: 0 });
    const call = await h.control.createCall({
      state: "ringing",
      contact_phone_number: "79161234567",
    });
    await h.control.advance(3);
    await h.call("release.call", { call_session_id: call.call_session_id });
    const events = await arrived(3);
    expect(events.map((event) => event.body.event)).toEqual([
      "incoming_call",
      "talk_started",
      "call_finished",
    ]);
    expect(events[0].url).toBe("/api/hooks/callgear?secret=s3cret");
    expect(events[0].body).toMatchObject({
      call_session_id: call.call_session_id,
      direction: "in",
      contact_phone_number: "79161234567",
      virtual_phone_number: "74993720692",
      employee_id: 25,
    });
  });

  it("posts nothing without a URL", async () => {
    const before = received.length;
    await h.control.createCall({ state: "ringing" });
    await h.control.advance(3);
    const view = (await (await fetch(`${h.sim.controlUrl}/webhook`)).json()) as Json;
    expect(view.url).toBeNull();
    expect(received.length).toBe(before);
  });
});
