/** How a simulator instance is started (see README.md for what each option does). */
export interface SimOptions {
  host?: string;
  /** 0 = an ephemeral port. */
  port?: number;
  seed?: number;
  clock?: "real" | "manual";
  /** Enables the /control API (tests only). */
  control?: boolean;
  language?: "en" | "ru";
  /** Inbound calls generated per simulated minute; 0 = off. */
  inboundPerMinute?: number;
  /** Points charged per method; any method not listed costs 1. */
  weights?: Partial<Record<string, number>>;
  limits?: { minute?: number; day?: number };
  /** Writes one line per JSON-RPC request to stdout (tokens masked). */
  logRequests?: boolean;
  /**
   * Starts with live calls under the ids of the reference's example requests (default off;
   * `npm run sim` turns it on), so those examples work verbatim. A reset removes them.
   */
  exampleCalls?: boolean;
  /** Where the notification server posts call events (JSON); none when absent. */
  webhookUrl?: string;
}

export interface RunningSimulator {
  /** http://127.0.0.1:PORT */
  url: string;
  /** url + "/v4.0" */
  callApiUrl: string;
  /** url + "/v2.0" */
  dataApiUrl: string;
  /** url + "/control" */
  controlUrl: string;
  close(): Promise<void>;
}
