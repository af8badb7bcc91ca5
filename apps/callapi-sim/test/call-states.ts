import type { CreateCallBody } from "../src/control/control-schemas";
import type { Harness } from "./sim-harness";

export const holdMusic = { type: "media", value: "2034" };

export type Setup =
  | "ringing"
  | "talk"
  | "hold"
  | "waiting_input"
  | "dialing"
  | "operator_talk"
  | "post_talk"
  | "finishing";

/** A call in one of the diagram's states, built through the control API and real methods. */
export async function callIn(h: Harness, setup: Setup, extra: Partial<CreateCallBody> = {}) {
  const base =
    setup === "waiting_input"
      ? "hold"
      : setup === "post_talk" || setup === "finishing"
        ? "talk"
        : setup;
  const call = await h.control.createCall({ ...extra, state: base });
  const id = call.call_session_id;
  if (setup === "waiting_input")
    await h.call("send.dtmf", { call_session_id: id, dtmf_string: "*" });
  if (setup === "post_talk") {
    const operator = call.legs.find((leg) => leg.role === "operator");
    await h.call("disconnect.leg", { call_session_id: id, leg_id: operator?.leg_id });
  }
  if (setup === "finishing") await h.call("release.call", { call_session_id: id });
  return call;
}

export async function stateOf(h: Harness, id: number) {
  return (await h.control.getCall(id))?.state;
}

export const expectedStates: Record<Setup, string> = {
  ringing: "SESSION",
  talk: "TALK",
  hold: "HOLD",
  waiting_input: "WAITING_INPUT",
  dialing: "DIALING",
  operator_talk: "OPERATOR_TALK",
  post_talk: "POST_TALK",
  finishing: "FINISHING",
};

/** Where each method of the diagram is allowed; everywhere else it answers -32004 invalid_state. */
export const allowed: Record<string, Setup[]> = {
  "hold.call": ["talk"],
  "unhold.call": ["hold"],
  "make.call": ["hold", "waiting_input"],
  "transfer.talk": ["dialing", "operator_talk"],
  "restore.talk": ["dialing", "operator_talk"],
  "disconnect.leg": ["talk"],
  "release.call": [
    "ringing",
    "talk",
    "hold",
    "waiting_input",
    "dialing",
    "operator_talk",
    "post_talk",
  ],
};

export const setups = Object.keys(expectedStates) as Setup[];
