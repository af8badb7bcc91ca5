import { Readable } from "node:stream";
import type { Request, Response } from "express";
import { AppError } from "../../errors";

const passedHeaders = ["content-type", "content-length", "content-range", "accept-ranges"];

/**
 * Streams a recording from where CallGear keeps it, so the browser plays it from the BFF's own
 * origin (the console's CSP allows no other) and never sees the upstream link. A Range request
 * is passed on, so the player can seek.
 */
export async function proxyRecording(
  link: string,
  req: Request,
  res: Response,
  timeoutMs: number,
): Promise<void> {
  const url = new URL(link);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new AppError(404, "not_found");
  const range = req.get("range");
  let upstream: globalThis.Response;
  try {
    upstream = await fetch(url, {
      headers: range ? { range } : {},
      redirect: "follow",
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new AppError(502, "upstream_unreachable", { cause: error });
  }
  if (upstream.status === 404) throw new AppError(404, "not_found");
  if (!upstream.ok || !upstream.body) throw new AppError(502, "upstream_http_error");
  res.status(upstream.status);
  for (const name of passedHeaders) {
    const value = upstream.headers.get(name);
    if (value) res.set(name, value);
  }
  res.set("Content-Disposition", "inline");
  const body = Readable.fromWeb(upstream.body as import("node:stream/web").ReadableStream);
  req.once("close", () => body.destroy());
  await new Promise<void>((resolve) => {
    body.once("end", resolve);
    body.once("error", () => {
      res.destroy();
      resolve();
    });
    body.once("close", resolve);
    body.pipe(res);
  });
}
