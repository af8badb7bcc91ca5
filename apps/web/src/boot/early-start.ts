// index.html's first script: tiny, no imports, so it runs as soon as the HTML is parsed, while
// the app's bundle is still downloading and evaluating (lib/early-start.ts says why and how the
// app takes these requests over). No Accept-Language: it only matters for error messages, and
// the session query shows its own.
import type { EarlyStart, EarlyStream } from "../lib/early-start";

// The feed's event types, spelt out here: a value import would make this script wait for a chunk.
const FEED_EVENT_TYPES = ["snapshot", "delta", "status"] as const;

const early: EarlyStart = {};
window.__callboardEarly = early;

const session = fetch("/api/session", {
  headers: { Accept: "application/json" },
  credentials: "same-origin",
});
early.session = session;

session.then(
  (response) => {
    // Logged in: open the feed now. Not logged in: the login page does not need it.
    if (!response.ok || early.streamClaimed || typeof EventSource === "undefined") return;
    const source = new EventSource("/api/calls/events", { withCredentials: true });
    const buffered: MessageEvent<string>[] = [];
    const keep = (event: MessageEvent<string>) => buffered.push(event);
    for (const type of FEED_EVENT_TYPES) source.addEventListener(type, keep);
    const stream: EarlyStream = {
      source,
      buffered,
      stopBuffering() {
        for (const type of FEED_EVENT_TYPES) source.removeEventListener(type, keep);
      },
    };
    early.stream = stream;
  },
  () => {
    // The app's session query sees the same failure and retries.
  },
);
