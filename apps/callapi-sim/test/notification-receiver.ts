import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Json } from "./sim-harness";

/** One post the receiver got: its path with query, raw body and the body parsed (or undefined). */
export interface ReceivedPost {
  url: string;
  text: string;
  json: Json;
}

export interface Receiver {
  /** http://127.0.0.1:PORT/hooks */
  url: string;
  posts: ReceivedPost[];
  /** Waits (bounded, in real time) until at least `count` posts have arrived. */
  waitFor(count: number): Promise<ReceivedPost[]>;
}

/** A stand-in for an integrator's endpoint, emptied before each test. */
export function useReceiver(): Receiver {
  const receiver = { posts: [] as ReceivedPost[] } as Receiver;
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let text = "";
      req.setEncoding("utf8");
      req.on("data", (chunk: string) => {
        text += chunk;
      });
      req.on("end", () => {
        let json: Json;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        receiver.posts.push({ url: req.url ?? "", text, json });
        res.end("ok");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  });
  beforeEach(() => {
    receiver.posts.length = 0;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  receiver.waitFor = async (count) => {
    const deadline = Date.now() + 5_000;
    while (receiver.posts.length < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    if (receiver.posts.length < count) {
      throw new Error(`expected ${count} posts, got ${receiver.posts.length}`);
    }
    return receiver.posts;
  };
  return receiver;
}
