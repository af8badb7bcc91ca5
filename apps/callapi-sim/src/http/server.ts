import { createServer, type Server, type ServerResponse } from "node:http";
import { handleControl } from "../control/control-routes";
import { RECORDING_PATH, recordingWav } from "../report/recordings";
import { rpcError } from "../rpc/error-factory";
import { errorObject } from "../rpc/rpc-error";
import type { SimState } from "../sim-state";
import { BodyTooLarge, sendJson } from "./http-io";
import { handleRpc } from "./rpc-endpoint";

/**
 * The previous version, still served: every reply's metadata says it is deprecated ("the
 * parameter current_version_depricated with value true will be returned").
 */
const DEPRECATED_PATH = "/v3.0";
const deprecatedVersion = {
  current_version_depricated: true,
  current_version: "3.0",
  latest_version: "4.0",
};

/** The simulator's HTTP server: node:http, so faults can drop sockets and send broken bodies. */
export function createSimServer(sim: SimState, controlEnabled: boolean): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://simulator");
    const path = url.pathname.replace(/\/$/, "");
    const work = async () => {
      if (path === "/v4.0" || path === "/v2.0" || path === DEPRECATED_PATH) {
        if (req.method !== "POST") {
          // "Requests to API are always made using POST method."
          const error = rpcError("invalid_request");
          sendJson(res, 405, {
            jsonrpc: "2.0",
            id: null,
            error: errorObject(error),
          });
          return;
        }
        if (path === DEPRECATED_PATH) await handleRpc(sim, "call", req, res, deprecatedVersion);
        else await handleRpc(sim, path === "/v4.0" ? "call" : "data", req, res);
        return;
      }
      if (controlEnabled && (path === "/control" || path.startsWith("/control/"))) {
        await handleControl(sim, req, res, url);
        return;
      }
      const recording = RECORDING_PATH.exec(path);
      if (recording && (req.method === "GET" || req.method === "HEAD")) {
        sendRecording(sim, res, Number(recording[1]), recording[2] as string, req.method);
        return;
      }
      if (path === "" && req.method === "GET") {
        sendJson(res, 200, {
          name: "CallGear Call API simulator",
          callApi: "/v4.0",
          dataApi: "/v2.0",
          control: controlEnabled ? "/control" : null,
        });
        return;
      }
      sendJson(res, 404, { error: "not found" });
    };
    work().catch((error: unknown) => {
      if (res.headersSent || res.destroyed) return;
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, { error: "request body too large" });
        return;
      }
      const internal = rpcError("internal_error");
      sendJson(res, 500, {
        jsonrpc: "2.0",
        id: null,
        error: errorObject(internal),
      });
      process.stderr.write(
        `callapi-sim: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
    });
  });
}

/** A finished call's recording as audio/wav, for a console's player; 404 for any other link. */
function sendRecording(
  sim: SimState,
  res: ServerResponse,
  callSessionId: number,
  hash: string,
  method: "GET" | "HEAD",
): void {
  const call = sim.journal.get(callSessionId);
  if (!call || call.recordingHash !== hash) {
    sendJson(res, 404, { error: "no such recording" });
    return;
  }
  const wav = recordingWav(call.recordingSeconds);
  res.writeHead(200, {
    "content-type": "audio/wav",
    "content-length": wav.length,
    "cache-control": "private, max-age=3600",
  });
  res.end(method === "HEAD" ? undefined : wav);
}
