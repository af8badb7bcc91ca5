import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { InFlight } from "./drain";

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

async function serve(inFlight: InFlight, release: Promise<void>): Promise<string> {
  const app = express();
  app.use(inFlight.middleware);
  app.post("/api/act", async (_req, res) => {
    await release;
    res.json({ ok: true });
  });
  app.get("/api/read", (_req, res) => {
    res.json({ ok: true });
  });
  server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server!.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("InFlight", () => {
  it("waits for the actions in flight, not for reads", async () => {
    const inFlight = new InFlight();
    let finish = () => {};
    const url = await serve(inFlight, new Promise<void>((resolve) => (finish = resolve)));
    const action = fetch(`${url}/api/act`, { method: "POST" });
    await expect.poll(() => inFlight.size).toBe(1);
    await fetch(`${url}/api/read`);
    expect(inFlight.size).toBe(1);
    let idle = false;
    const waiting = inFlight.idle(10_000).then((done) => {
      idle = done;
    });
    expect(idle).toBe(false);
    finish();
    expect((await action).status).toBe(200);
    await waiting;
    expect(idle).toBe(true);
    expect(inFlight.size).toBe(0);
  });

  it("gives up after the timeout, answering false", async () => {
    const inFlight = new InFlight();
    const url = await serve(inFlight, new Promise<void>(() => {}));
    void fetch(`${url}/api/act`, { method: "POST" }).catch(() => undefined);
    await expect.poll(() => inFlight.size).toBe(1);
    expect(await inFlight.idle(50)).toBe(false);
  });
});
