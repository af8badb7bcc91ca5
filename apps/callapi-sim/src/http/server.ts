import { createServer, type Server } from "node:http";
import { handleControl } from "../control/control-routes";
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
