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
    if (!req.path.startsWith("/api/") && apiError.status === 404) {
      res.status(404).type("text").send("Not found");
      return;
    }
    if (apiError.retryAfterSeconds !== undefined)
      res.set("Retry-After", String(Math.ceil(apiError.retryAfterSeconds)));
    res.status(apiError.status).json(apiError);
  };
}
