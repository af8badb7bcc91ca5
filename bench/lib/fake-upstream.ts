/**
 * A minimal JSON-RPC 2.0 upstream: answers every request with success and the limits
 * metadata the Call API sends, doing nothing else (no state, no validation). The simulator,
 * which keeps the call state machine and validates every param, costs the machine CPU per
 * action itself, which the BFF's own overhead should not be charged with.
 *
 * Run as its own process: `node --import tsx bench/lib/fake-upstream.ts <port>`.
 */
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 0);
const metadata = JSON.stringify({
  limits: {
    day_limit: 1_000_000_000,
    day_remaining: 999_000_000,
    day_reset: 3_600,
    minute_limit: 100_000_000,
    minute_remaining: 99_000_000,
    minute_reset: 30,
  },
});

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    let id: unknown = null;
    try {
      id = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { id?: unknown }).id ?? null;
    } catch {
      // answered with id null, as JSON-RPC says for an unreadable request
    }
    const body = `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"data":{"success":true},"metadata":${metadata}}}`;
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": Buffer.byteLength(body),
    });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  console.log(`fake upstream on ${typeof address === "object" && address ? address.port : port}`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
