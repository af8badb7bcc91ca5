import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  discardEarlyStream,
  type EarlyStart,
  takeEarlySession,
  takeEarlyStream,
} from "./early-start";

class FakeEventSource {
  static readonly CLOSED = 2;
  readyState = 1;
  close = vi.fn(() => {
    this.readyState = FakeEventSource.CLOSED;
  });
}

function earlyStream(readyState = 1) {
  const source = new FakeEventSource();
  source.readyState = readyState;
  return {
    source: source as unknown as EventSource,
    buffered: [],
    stopBuffering: vi.fn(),
  };
}

describe("the boot script's early requests", () => {
  let early: EarlyStart;
  beforeEach(() => {
    early = {};
    vi.stubGlobal("window", { __callboardEarly: early });
    vi.stubGlobal("EventSource", FakeEventSource);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("hands the session reply over once: a refetch sends its own request", () => {
    const reply = Promise.resolve(new Response("{}"));
    early.session = reply;
    expect(takeEarlySession()).toBe(reply);
    expect(takeEarlySession()).toBeUndefined();
  });

  it("hands an open stream over once and tells the boot script to open no other", () => {
    const stream = earlyStream();
    early.stream = stream;
    expect(takeEarlyStream()).toBe(stream);
    expect(early.streamClaimed).toBe(true);
    expect(takeEarlyStream()).toBeUndefined();
  });

  it("claims the stream even before the boot script opened it (session still pending)", () => {
    expect(takeEarlyStream()).toBeUndefined();
    expect(early.streamClaimed).toBe(true);
  });

  it("drops a stream that already failed for good, so the app opens a fresh one", () => {
    const stream = earlyStream(FakeEventSource.CLOSED);
    early.stream = stream;
    expect(takeEarlyStream()).toBeUndefined();
    expect(stream.stopBuffering).toHaveBeenCalled();
  });

  it("closes the stream when nobody turns out to be logged in", () => {
    const stream = earlyStream();
    early.stream = stream;
    discardEarlyStream();
    expect(stream.stopBuffering).toHaveBeenCalled();
    expect((stream.source as unknown as FakeEventSource).close).toHaveBeenCalled();
    expect(early.stream).toBeUndefined();
  });

  it("does nothing without a boot script (tests, another entry)", () => {
    vi.stubGlobal("window", {});
    expect(takeEarlySession()).toBeUndefined();
    expect(takeEarlyStream()).toBeUndefined();
    expect(() => discardEarlyStream()).not.toThrow();
  });
});
