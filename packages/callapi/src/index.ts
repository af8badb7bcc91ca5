// @callboard/callapi: the CallGear Call API v4.0 (and the Data API directory) as zod schemas.
export * from "./account-time";
export * from "./call-methods";
export * from "./check-params";
export * from "./data-methods";
export * from "./envelope";
export * from "./errors";
export * from "./formats";
export * from "./leg-states";
export type { CallSession, CallTag, Leg, TalkOption } from "./methods/list";
export {
  callSessionSchema,
  callTagSchema,
  legSchema,
  talkOptionMnemonics,
  talkOptionSchema,
} from "./methods/list";
export { switchAtOnceIgnored } from "./methods/rules";
export * from "./notifications";
