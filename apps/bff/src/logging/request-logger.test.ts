import { Writable } from "node:stream";
import express from "express";
import request from "supertest";
import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";
import { requestLogger } from "./request-logger";

function appWithLog(level = "info") {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = createLogger(level, sink);
  const app = express();
  app.use(requestLogger(logger));
  app.get("/ok", (req, res) => {
    res.json({ id: req.id });
  });
  app.get("/boom", (_req, res) => {
    res.status(502).json({});
  });
  app.get("/api/calls/events", (_req, res) => {
    res.status(200).end();
  });
  return { app, lines };
}

describe("requestLogger", () => {
  it("logs one line per request with id, method, masked URL, status and time, and no header", async () => {
    const { app, lines } = appWithLog();
    const response = await request(app)
      .get("/ok?secret=hunter2&x=1")
      .set("Cookie", "callboard_session=abcdefabcdefabcdefabcdef")
      .set("X-CSRF-Token", "csrf-value")
      .set("X-Request-Id", "trace-7");
    expect(response.headers["x-request-id"]).toBe("trace-7");
    expect(response.body).toEqual({ id: "trace-7" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      msg: "request completed",
      reqId: "trace-7",
      method: "GET",
      url: "/ok?secret=[redacted]&x=1",
      status: 200,
      session: true,
    });
    expect(lines[0]?.ms).toEqual(expect.any(Number));
    const text = JSON.stringify(lines);
    for (const secret of ["hunter2", "abcdefabcdef", "csrf-value"])
      expect(text).not.toContain(secret);
  });

  it("replaces a malformed X-Request-Id with a UUID", async () => {
    const { app, lines } = appWithLog();
    const response = await request(app).get("/ok").set("X-Request-Id", "bad id\twith spaces");
    expect(response.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines[0]?.reqId).toBe(response.headers["x-request-id"]);
    expect(lines[0]?.session).toBe(false);
  });

  it("logs 5xx at error and event streams at debug", async () => {
    const { app, lines } = appWithLog("debug");
    await request(app).get("/boom");
    await request(app).get("/api/calls/events");
    expect(lines.map((line) => [line.url, line.level])).toEqual([
      ["/boom", 50],
      ["/api/calls/events", 20],
    ]);
  });
});
