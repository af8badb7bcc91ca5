/**
 * The floor under the BFF's action path: an HTTP server that answers every request with a
 * fixed small JSON body, as plain `node:http` or as an Express 5 app with one route (how
 * the BFF is built). Run as its own process: `node --import tsx bench/lib/floor-server.ts
 * <http|express|express-json> <port>`; prints "listening" when ready.
 */
import { createServer } from "node:http";
import express from "express";

const [kind = "http", port = "0"] = process.argv.slice(2);
const body = '{"success":true}';

function listening(server: { address(): unknown }) {
  const address = server.address() as { port: number } | null;
  console.log(`listening ${address?.port ?? port}`);
}

if (kind === "http") {
  const server = createServer((_req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(body);
  });
  server.listen(Number(port), "127.0.0.1", () => listening(server));
} else {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.post("/x", (_req, res) => {
    if (kind === "express-json") {
      res.json({ success: true });
    } else {
      res.setHeader("content-type", "application/json");
      res.end(body);
    }
  });
  const server = app.listen(Number(port), "127.0.0.1", () => listening(server));
}
process.on("SIGTERM", () => process.exit(0));
