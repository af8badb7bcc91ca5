import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "pino";
import { maskUrlSecrets } from "./mask-url";

declare module "node:http" {
  interface IncomingMessage {
    /** The request id: the caller's X-Request-Id when well-formed, else a new UUID. */
    id?: string;
  }
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

/**
 * One log line per finished request: id, method, URL (secrets masked), status, time and whether
 * a session cookie rode along. Nothing else of the request or response is logged, so no header
 * can leak a credential, and a line costs a few microseconds: pino-http's per-request child
 * logger, serializers and redaction of whole header objects were ~5 % of the BFF's CPU per
 * action (bench/action-overhead.ts). Event streams (open for hours) are logged at debug.
 */
export function requestLogger(logger: Logger, secrets: readonly string[] = []) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const startedAt = performance.now();
    const sent = req.headers["x-request-id"];
    const id = typeof sent === "string" && REQUEST_ID.test(sent) ? sent : randomUUID();
    req.id = id;
    res.setHeader("X-Request-Id", id);
    let logged = false;
    const done = () => {
      if (logged) return;
      logged = true;
      const status = res.statusCode;
      const url = req.originalUrl;
      const aborted = !res.writableFinished;
      const level =
        status >= 500 ? "error" : url.startsWith("/api/calls/events") || aborted ? "debug" : "info";
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          reqId: id,
          method: req.method,
          url: maskUrlSecrets(url, secrets),
          status,
          ms: Math.round((performance.now() - startedAt) * 10) / 10,
          session: req.headers.cookie !== undefined,
        },
        aborted ? "request closed early" : "request completed",
      );
    };
    res.once("finish", done);
    res.once("close", done);
    next();
  };
}
