// @callboard/callapi-sim: a simulator of the CallGear Call API v4.0 and the Data API v2.0.
export { loadSimOptions } from "./config";
export type {
  AccountBody,
  CreateCallBody,
  FaultBody,
  LimitsBody,
  ResetBody,
  UserBody,
} from "./control/control-schemas";
export type { LoggedRequest } from "./control/request-log";
export {
  type ControlCall,
  type ControlLeg,
  createSimControl,
  type SimControl,
} from "./control-client";
export {
  DEFAULT_DELIVERY,
  type DeliverySettings,
  type DeliveryUpdate,
  type NotificationConfig,
  notificationConfigSchema,
} from "./notify/notification-schemas";
export type { NotificationView } from "./notify/notification-server";
export type { RunningSimulator, SimOptions } from "./sim-options";
export { startSimulator } from "./simulator";
