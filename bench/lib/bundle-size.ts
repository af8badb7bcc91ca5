import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface Asset {
  path: string;
  kind: "js" | "css";
  bytes: number;
  gzipBytes: number;
}

/** Gzip size at zlib's default level (6), what a typical reverse proxy sends. */
export function assetOf(distDir: string, path: string): Asset {
  const content = readFileSync(join(distDir, path.replace(/^\//, "")));
  return {
    path,
    kind: path.endsWith(".css") ? "css" : "js",
    bytes: content.length,
    gzipBytes: gzipSync(content).length,
  };
}

/**
 * What dist/index.html makes the browser fetch before anything runs: its module script(s),
 * modulepreload links and stylesheets (lazy route chunks are not in it).
 */
export function eagerAssets(distDir: string): Asset[] {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const paths = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const src = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!src || /^https?:/.test(src)) continue;
    const isScript = tag.startsWith("<script") && /type="module"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    const isStyle = /rel="stylesheet"/.test(tag);
    if (isScript || isPreload || isStyle) paths.add(src);
  }
  return [...paths].map((path) => assetOf(distDir, path));
}

export function totals(assets: Asset[]) {
  const sum = (kind: "js" | "css", key: "bytes" | "gzipBytes") =>
    assets.filter((a) => a.kind === kind).reduce((n, a) => n + a[key], 0);
  return {
    jsKb: sum("js", "bytes") / 1024,
    jsGzipKb: sum("js", "gzipBytes") / 1024,
    cssKb: sum("css", "bytes") / 1024,
    cssGzipKb: sum("css", "gzipBytes") / 1024,
  };
}
