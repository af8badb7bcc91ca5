import { dataHandlers } from "./data-methods";
import { manageHandlers } from "./manage-methods";
import type { CallHandlers, DataHandlers } from "./method-context";
import { startHandlers } from "./start-methods";

/** Every Call API method but login.user (which needs no token: see rpc/dispatch.ts). */
export const callHandlers: CallHandlers = {
  // logout.user answers a boolean, unlike the management methods (the live service does).
  "logout.user": () => ({ data: { success: true } }),
  ...startHandlers,
  ...manageHandlers,
};

export const directoryHandlers: DataHandlers = dataHandlers;
