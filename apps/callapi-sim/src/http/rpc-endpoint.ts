import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { Fault } from "../control/fault-queue";
import { maskSecrets } from "../control/request-log";
import { type ApiVersionMeta, dispatch, type Endpoint } from "../rpc/dispatch";
import { readEnvelope } from "../rpc/envelope";
import type { SimState } from "../sim-state";
import { clientIp, decodeUtf8, readBody, sendJson, sendText } from "./http-io";

const gatewayPages: Record<string, [number, string]> = {
  http_500: [500, "Internal Server Error"],
  http_502: [502, "Bad Gateway"],
  http_503: [503, "Service Temporarily Unavailable"],
};

/**
 * Applies an injected fault in place of the reply. Returns true when the request was answered
 * (or dropped) by the fault; the method is then not run. A delay answers normally afterwards.
 */
async function applyFault(
  fault: Fault,
  req: IncomingMessage,
  res: ServerResponse,
  id: unknown,
): Promise<boolean> {
  switch (fault.kind) {
    case "delay":
      await sleep(fault.delayMs);
      return false;
    case "drop_connection":
      req.socket.destroy();
      return true;
    case "malformed_json":
      sendText(
        res,
        200,
        "application/json; charset=UTF-8",
        `{"jsonrpc":"2.0","id":${JSON.stringify(id)},"result":{"data":`,
      );
      return true;
    case "wrong_shape":
      sendJson(res, 200, { jsonrpc: "2.0", id, result: { data: { unexpected: true } } });
      return true;
    default: {
      const [status, title] = gatewayPages[fault.kind] ?? [500, "Internal Server Error"];
      const page = `<html><head><title>${status} ${title}</title></head><body><center><h1>${status} ${title}</h1></center><hr><center>nginx</center></body></html>`;
      sendText(res, status, "text/html", page);
      return true;
    }
  }
}

/** POST /v4.0 (Call API) and POST /v2.0 (Data API). */
export async function handleRpc(
  sim: SimState,
  endpoint: Endpoint,
  req: IncomingMessage,
  res: ServerResponse,
  apiVersion?: ApiVersionMeta,
): Promise<void> {
  const { text, valid } = decodeUtf8(await readBody(req));
  sim.catchUp();
  const envelope = readEnvelope(text);
  const ip = clientIp(req);
  const logged = sim.requestLog.add({
    at: new Date(sim.now()).toISOString(),
    endpoint,
    method: envelope.method,
    id: envelope.id,
    params: envelope.params,
    ip,
  });
  if (sim.options.logRequests) {
    const params = JSON.stringify(maskSecrets(envelope.params));
    process.stdout.write(`sim #${logged.seq} ${endpoint} ${envelope.method ?? "-"} ${params}\n`);
  }
  const fault = sim.faults.take(envelope.method ?? undefined);
  if (fault && (await applyFault(fault, req, res, envelope.id))) return;
  sim.catchUp();
  sendJson(res, 200, dispatch(sim, endpoint, envelope, ip, { badEncoding: !valid, apiVersion }));
}
