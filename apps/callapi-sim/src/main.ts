import { loadSimOptions } from "./config";
import { startSimulator } from "./simulator";

const options = loadSimOptions();
const simulator = await startSimulator(options);
process.stdout.write(
  `CallGear Call API simulator: ${simulator.callApiUrl} (Data API ${simulator.dataApiUrl}` +
    `${options.control ? `, control ${simulator.controlUrl}` : ""}); login demo/demo or key demo-key\n`,
);

let closing = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
