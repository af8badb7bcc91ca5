import pino, { type DestinationStream, type Logger } from "pino";

/**
 * Paths pino removes from every line: the session cookie, the CSRF token and any credential that
 * could ride along in a logged object (performance-notes: a logged request object carries its cookie unless told).
 */
export const redactPaths = [
  "req.headers.cookie",
  "req.headers.authorization",
  'req.headers["x-csrf-token"]',
  'req.headers["x-callboard-secret"]',
  "req.query.secret",
  'res.headers["set-cookie"]',
  "password",
  "*.password",
  "*.*.password",
  "access_token",
  "*.access_token",
  "*.*.access_token",
  "accessKey",
  "*.accessKey",
  "*.*.accessKey",
  "credentials",
  "*.credentials",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: redactPaths, censor: "[redacted]" },
      base: { app: "callboard-bff" },
    },
    destination,
  );
}

/** The webhook may carry its shared secret as `?secret=`: masked in every logged URL. */
export function maskUrlSecrets(url: unknown): unknown {
  return typeof url === "string"
    ? url.replace(/([?&](?:secret|token|access_token)=)[^&#]*/gi, "$1[redacted]")
    : url;
}
