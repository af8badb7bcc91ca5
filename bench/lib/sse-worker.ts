import { openSse, type SseEvent, wallClock } from "./sse-client";
import { openRawSse } from "./sse-raw-client";

/**
 * A child process holding many SSE clients of the feed (bench/lib/sse-fleet.ts forks it). Each
 * client checks the versions (a delta whose baseVersion is not the client's version is a lost
 * update), and records when each delta and each new call session reached it.
 */
interface StartMessage {
  type: "start";
  url: string;
  cookie: string;
  clients: number;
  /** "raw": bare TCP sockets (sse-raw-client.ts); "http": node's HTTP client (sse-client.ts). */
  client: "raw" | "http";
}

interface Tally {
  opened: number;
  snapshots: number;
  deltas: number;
  statuses: number;
  gaps: number;
  errors: string[];
  /** ms from the delta's `at` (the BFF stamps it as it publishes) to this client's receipt. */
  sendToReceipt: number[];
  /** call session id -> ms wall clock of its first sight, one per client. */
  firstSeen: Map<number, number[]>;
}

const tally: Tally = {
  opened: 0,
  snapshots: 0,
  deltas: 0,
  statuses: 0,
  gaps: 0,
  errors: [],
  sendToReceipt: [],
  firstSeen: new Map(),
};
const clients: { close(): void }[] = [];

function seen(id: number, at: number) {
  let times = tally.firstSeen.get(id);
  if (!times) {
    times = [];
    tally.firstSeen.set(id, times);
  }
  times.push(at);
}

function openClient(url: string, cookie: string, kind: StartMessage["client"]): Promise<void> {
  const open = kind === "http" ? openSse : openRawSse;
  return new Promise((resolve) => {
    let version: number | undefined;
    const known = new Set<number>();
    let ready = false;
    const settle = () => {
      if (!ready) {
        ready = true;
        resolve();
      }
    };
    clients.push(
      open(url, cookie, {
        onOpen() {
          tally.opened++;
        },
        onEvent(event: SseEvent) {
          if (event.type === "status") {
            tally.statuses++;
            return;
          }
          if (event.type === "snapshot") {
            const snapshot = JSON.parse(event.data) as { version: number; calls: { id: number }[] };
            tally.snapshots++;
            version = snapshot.version;
            for (const call of snapshot.calls) known.add(call.id);
            settle();
            return;
          }
          if (event.type !== "delta") return;
          const delta = JSON.parse(event.data) as {
            version: number;
            baseVersion: number;
            upserted: { id: number }[];
            removed: number[];
            at: string;
          };
          tally.deltas++;
          if (version !== undefined && delta.baseVersion !== version) tally.gaps++;
          version = delta.version;
          tally.sendToReceipt.push(event.receivedAt - Date.parse(delta.at));
          for (const call of delta.upserted) {
            if (!known.has(call.id)) {
              known.add(call.id);
              seen(call.id, event.receivedAt);
            }
          }
          for (const id of delta.removed) known.delete(id);
          settle();
        },
        onEnd(reason) {
          tally.errors.push(reason);
          settle();
        },
      }),
    );
  });
}

process.on("message", async (message: StartMessage | { type: "report" } | { type: "stop" }) => {
  if (message.type === "start") {
    // Connect in waves so the BFF's accept backlog never overflows.
    for (let i = 0; i < message.clients; i += 100) {
      const wave = Math.min(100, message.clients - i);
      await Promise.all(
        Array.from({ length: wave }, () => openClient(message.url, message.cookie, message.client)),
      );
    }
    process.send?.({ type: "ready", opened: tally.opened, at: wallClock() });
  } else if (message.type === "report") {
    process.send?.({
      type: "report",
      opened: tally.opened,
      snapshots: tally.snapshots,
      deltas: tally.deltas,
      statuses: tally.statuses,
      gaps: tally.gaps,
      errors: tally.errors.slice(0, 20),
      errorCount: tally.errors.length,
      sendToReceipt: tally.sendToReceipt,
      firstSeen: [...tally.firstSeen.entries()],
    });
    // Each report covers the time since the last one (`opened` is a level, not a count).
    tally.snapshots = 0;
    tally.deltas = 0;
    tally.statuses = 0;
    tally.gaps = 0;
    tally.errors = [];
    tally.sendToReceipt = [];
    tally.firstSeen.clear();
  } else if (message.type === "stop") {
    for (const client of clients) client.close();
    process.exit(0);
  }
});
