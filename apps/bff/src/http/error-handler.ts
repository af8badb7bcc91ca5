import type { ErrorRequestHandler, Request, RequestHandler } from "express";
import { AppError, pickLanguage, toApiError } from "../errors";

/** Unknown /api routes answer JSON, never the SPA's index.html. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError(404, "not_found", { params: { path: req.path } }));
};

/** What the body parser throws, as the BFF's own errors. */
function fromBodyParser(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (type === "entity.too.large")
    return new AppError(413, "payload_too_large", { params: { limitKb: 32 } });
  if (type === "encoding.unsupported" || type === "charset.unsupported") {
    return new AppError(415, "unsupported_media_type");
  }
  return fromHttpError(error);
}

/**
 * What the router and the static files throw for a request that names nothing: a path that does
 * not percent-decode (`/%`: the router's 400) or a file that is not there (`send`'s 404, whose
 * message holds the absolute path). Both are the client's mistake, answered as such and never
 * logged as a failure of the BFF.
 */
function fromHttpError(error: unknown): unknown {
  if (error instanceof URIError) return new AppError(400, "bad_request");
  // The body parser's errors carry a `type` and have their own answers (validation_failed).
  if (typeof (error as { type?: unknown } | null)?.type === "string") return error;
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status;
  if (typeof status !== "number" || status < 400 || status >= 500) return error;
  if (status === 404 || status === 403) return new AppError(404, "not_found");
  if (status === 400) return new AppError(400, "bad_request");
  return error;
}

/**
 * The one error middleware, registered last: whatever reached it (the body parser, an unknown
 * route, a bug) becomes one ApiError body in the user's language. Routes built with defineRoute
 * answer their own errors the same way before they get here.
 */
export function errorHandler(logger: {
  error(obj: object, msg?: string): void;
}): ErrorRequestHandler {
  return (error, req: Request, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const apiError = toApiError(fromBodyParser(error), pickLanguage(req.get("accept-language")), {
      requestId: String(req.id ?? ""),
    });
    if (apiError.status >= 500) logger.error({ err: error, requestId: req.id }, "request failed");
    if (!req.path.startsWith("/api/") && (apiError.status === 404 || apiError.status === 400)) {
      res
        .status(apiError.status)
        .type("text")
        .send(apiError.status === 404 ? "Not found" : "Bad request");
      return;
    }
    if (apiError.retryAfterSeconds !== undefined)
      res.set("Retry-After", String(Math.ceil(apiError.retryAfterSeconds)));
    res.status(apiError.status).json(apiError);
  };
}
