import http from "node:http";

export interface SseEvent {
  id?: string;
  event: string;
  data: string;
}

/** A minimal EventSource for tests: every event and comment line received, in order. */
export function openEventStream(url: string, headers: Record<string, string>) {
  const events: SseEvent[] = [];
  const comments: string[] = [];
  let buffer = "";
  let status = 0;
  let endedAt: number | undefined;
  const request = http.get(url, { headers: { accept: "text/event-stream", ...headers } });
  const ready = new Promise<number>((resolve, reject) => {
    request.on("response", (response) => {
      status = response.statusCode ?? 0;
      response.setEncoding("utf8");
      const end = () => {
        endedAt ??= Date.now();
      };
      response.on("end", end);
      response.on("aborted", end);
      response.on("error", end);
      response.on("close", end);
      response.on("data", (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event: SseEvent = { event: "message", data: "" };
          let isEvent = false;
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) comments.push(line);
            else if (line.startsWith("id: ")) event.id = line.slice(4);
            else if (line.startsWith("event: ")) {
              event.event = line.slice(7);
              isEvent = true;
            } else if (line.startsWith("data: ")) event.data += line.slice(6);
          }
          if (isEvent) events.push(event);
          end = buffer.indexOf("\n\n");
        }
      });
      resolve(status);
    });
    request.on("error", reject);
  });
  return {
    events,
    comments,
    ready,
    get status() {
      return status;
    },
    /** When the server ended the stream (Date.now()), undefined while it is open. */
    get endedAt() {
      return endedAt;
    },
    /** Each event's data, with its SSE id beside. */
    parsed: (): Record<string, unknown>[] =>
      events.map((e) => ({ id: e.id, ...(JSON.parse(e.data) as Record<string, unknown>) })),
    close: () => request.destroy(),
  };
}

/** The session cookie of a fresh login (for raw HTTP clients). */
export async function loginCookie(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: "demo" }),
  });
  const cookie = response.headers.get("set-cookie") ?? "";
  return cookie.split(";")[0] ?? "";
}
