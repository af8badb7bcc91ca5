import { type ClientRequest, request } from "node:http";

/** A light EventSource stand-in: one GET /api/calls/events, frames parsed as they come. */
export interface SseViewer {
  /**
   * Versions of the snapshots and deltas, in order, with the base each delta built on and the
   * call sessions it brought.
   */
  events: { type: string; version: number; baseVersion?: number; upserted: number[]; at: number }[];
  /** Set once the stream ended. */
  closed: boolean;
  close(): void;
}

export function openViewer(url: string, cookie: string, lastEventId?: number): Promise<SseViewer> {
  return new Promise((resolve, reject) => {
    const viewer: SseViewer = { events: [], closed: false, close: () => req.destroy() };
    const headers: Record<string, string> = { cookie, accept: "text/event-stream" };
    if (lastEventId !== undefined) headers["last-event-id"] = String(lastEventId);
    const req: ClientRequest = request(`${url}/api/calls/events`, { headers }, (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`events: ${res.statusCode}`));
        res.resume();
        return;
      }
      let buffer = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = frame.split("\n").find((line) => line.startsWith("data: "));
          if (data) {
            const event = JSON.parse(data.slice(6)) as {
              type: string;
              version?: number;
              baseVersion?: number;
              upserted?: { id: number }[];
              calls?: { id: number }[];
            };
            if (event.type === "snapshot" || event.type === "delta") {
              viewer.events.push({
                type: event.type,
                version: event.version!,
                baseVersion: event.baseVersion,
                upserted: (event.upserted ?? event.calls ?? []).map((call) => call.id),
                at: Date.now(),
              });
            }
          }
          end = buffer.indexOf("\n\n");
        }
      });
      res.on("close", () => {
        viewer.closed = true;
      });
      resolve(viewer);
    });
    req.on("error", (error) => {
      viewer.closed = true;
      reject(error);
    });
    req.end();
  });
}

/** True when every delta builds on the version before it (no delta missed). */
export function continuous(viewer: SseViewer): boolean {
  return viewer.events.every((event, i) => {
    if (i === 0 || event.type === "snapshot") return true;
    return event.baseVersion === viewer.events[i - 1]!.version;
  });
}

/** Logs in through `url`; answers the cookie header and the CSRF token. */
export async function login(
  url: string,
  username: string,
): Promise<{ cookie: string; csrf: string }> {
  const response = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "demo" }),
  });
  if (response.status !== 200) throw new Error(`login: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const body = (await response.json()) as { csrfToken: string };
  return { cookie, csrf: body.csrfToken };
}
