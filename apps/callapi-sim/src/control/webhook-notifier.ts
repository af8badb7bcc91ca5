import type { CallEvent } from "../calls/call-engine";

/** A notification that does not arrive within this is given up (the simulator never waits). */
const POST_TIMEOUT_MS = 2_000;

/**
 * The notification server: posts each call event as JSON to the configured URL (a secret goes
 * in the URL, e.g. `?secret=...`, as the account admin would write it). Fire and forget:
 * failures are counted, never thrown into the call that caused them.
 */
export class WebhookNotifier {
  url: string | null = null;
  sent = 0;
  failed = 0;

  notify(event: CallEvent): void {
    if (!this.url) return;
    const url = this.url;
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(POST_TIMEOUT_MS),
    }).then(
      async (response) => {
        await response.arrayBuffer();
        if (response.ok) this.sent += 1;
        else this.failed += 1;
      },
      () => {
        this.failed += 1;
      },
    );
  }
}
