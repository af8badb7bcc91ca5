import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";

const missingBuildPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Callboard</title></head>
<body><h1>Callboard</h1><p>The console has not been built yet. Run <code>npm run build</code>
(or <code>npm start</code>, which builds and serves it), then reload this page.</p></body></html>`;

/**
 * The built SPA from apps/web/dist: hashed /assets/* cached for a year, index.html never cached,
 * and every other non-/api GET answered with index.html (client-side routes).
 */
export function staticWeb(distDir: string): Router {
  const router = express.Router();
  const indexFile = join(distDir, "index.html");
  router.use(
    "/assets",
    express.static(join(distDir, "assets"), {
      immutable: true,
      maxAge: "365d",
      index: false,
      fallthrough: false,
    }),
  );
  router.use(express.static(distDir, { index: false, maxAge: "1h" }));
  router.get("/{*splat}", (req, res, next) => {
    if (req.path === "/api" || req.path.startsWith("/api/")) return next();
    if (!existsSync(indexFile)) {
      res.status(503).type("html").send(missingBuildPage);
      return;
    }
    res.set("Cache-Control", "no-cache");
    // Relative to its root: `send` refuses dot-segments in the path it is given, which an
    // absolute path under a dot-directory (a checkout in ~/.builds, say) would have.
    res.sendFile("index.html", { root: distDir });
  });
  return router;
}
