import type { AddressInfo } from "node:net";
import { seedExampleCalls } from "./calls/example-calls";
import { createSimServer } from "./http/server";
import type { RunningSimulator, SimOptions } from "./sim-options";
import { SimState } from "./sim-state";

/** Starts a simulator on host:port (port 0 = ephemeral) and answers where it listens. */
export async function startSimulator(options: SimOptions = {}): Promise<RunningSimulator> {
  const sim = new SimState(options);
  if (options.exampleCalls) seedExampleCalls(sim.engine, sim.consult);
  const server = createSimServer(sim, options.control ?? false);
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8081, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  sim.baseUrl = reachableUrl(host, port);
  return {
    url,
    callApiUrl: `${url}/v4.0`,
    dataApiUrl: `${url}/v2.0`,
    controlUrl: `${url}/control`,
    configureNotifications: (list) => sim.notifications.configure(list),
    notifications: () => sim.notifications.list(),
    setNotificationDelivery: (update) => sim.notifications.setDelivery(update),
    close: () =>
      new Promise<void>((resolve, reject) => {
        sim.notifications.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** The URL recordings are linked under: a wildcard address is reached through loopback. */
function reachableUrl(host: string, port: number): string {
  const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}
