import pino, { type DestinationStream, type Logger } from "pino";
import { CENSOR, censorSecrets } from "./censor-secrets";

/**
 * Paths pino removes from every line: the session cookie, the CSRF token and the webhook secret
 * of a logged request or response (a logged request object carries its cookie unless told). Credentials anywhere near the top of a logged object (`password`,
 * `*.password`, `*.*.password`, access tokens and keys, `credentials`) are censored by
 * censorSecrets, which costs nothing on a line without them; pino's own wildcard paths would
 * copy every line.
 */
export const redactPaths = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'req.headers["x-callboard-secret"]',
  "req.query.secret",
  'res.headers["set-cookie"]',
];

/**
 * Standard output, written in blocks of ~4 KB (about 18 request lines) or every 250 ms,
 * whichever comes first, instead of one write per line: each line was a write on libuv's thread
 * pool, a futex wake-up of that thread and an async wake-up of the event loop afterwards (strace
 * at 200 actions/s: ~1.6 write and ~4.3 futex calls an action). Lines still pending are written
 * synchronously when the process exits (pino registers that for asynchronous destinations).
 */
export function bufferedStdout(): DestinationStream {
  return pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 250 });
}

/** `instance` (config.instanceId) rides on every line, to tell the instances of a cluster apart. */
export function createLogger(
  level: string,
  destination: DestinationStream = bufferedStdout(),
  instance?: string,
): Logger {
  return pino(
    {
      level,
      redact: { paths: redactPaths, censor: CENSOR },
      formatters: { log: censorSecrets },
      base: instance ? { app: "callboard-bff", instance } : { app: "callboard-bff" },
    },
    destination,
  );
}
