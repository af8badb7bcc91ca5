import { toListedCall } from "../calls/call-view";
import { checkMessage } from "./message-checks";
import { type CallHandlers, success } from "./method-context";

/** The methods that act on a call session by its id, and the two lists. */
export const manageHandlers: Omit<
  CallHandlers,
  | "logout.user"
  | "start.employee_call"
  | "start.scenario_call"
  | "start.vnumber_call"
  | "start.informer_call"
  | "start.simple_call"
> = {
  "hold.call": ({ sim, method, params }) => {
    const session = sim.engine.get(params.call_session_id);
    sim.engine.requireState(session, ["TALK"]);
    checkMessage(sim.world, params.contact_message, "contact_message", method);
    sim.consult.hold(session, params.contact_message);
    return success;
  },
  "unhold.call": ({ sim, params }) => {
    sim.consult.unhold(sim.engine.get(params.call_session_id));
    return success;
  },
  "make.call": ({ sim, method, params }) => {
    const session = sim.engine.get(params.call_session_id);
    sim.engine.requireState(session, ["HOLD", "WAITING_INPUT"]);
    checkMessage(sim.world, params.to_message, "to_message", method);
    sim.consult.makeCall(session, params.to);
    return success;
  },
  "transfer.talk": ({ sim, params }) => {
    sim.consult.transfer(sim.engine.get(params.call_session_id));
    return success;
  },
  "restore.talk": ({ sim, params }) => {
    sim.consult.restore(sim.engine.get(params.call_session_id));
    return success;
  },
  "add.coach": ({ sim, params }) => {
    sim.actions.addCoach(sim.engine.get(params.call_session_id), params.phone_number);
    return success;
  },
  "tag.call": ({ sim, params }) => {
    sim.actions.tag(sim.engine.get(params.call_session_id), params.tag_id);
    return success;
  },
  "record.call": ({ sim, params }) => {
    sim.actions.record(sim.engine.get(params.call_session_id), params.action);
    return success;
  },
  "disconnect.leg": ({ sim, params }) => {
    sim.actions.disconnectLeg(sim.engine.get(params.call_session_id), params.leg_id);
    return success;
  },
  "send.dtmf": ({ sim, params }) => {
    sim.actions.sendDtmf(sim.engine.get(params.call_session_id), params.dtmf_string);
    return success;
  },
  "block.contact": ({ sim, params }) => {
    sim.actions.blockContact(sim.engine.get(params.call_session_id));
    return success;
  },
  "call.talk_option": ({ sim, params }) => {
    sim.actions.callTalkOption(sim.engine.get(params.call_session_id), params.button);
    return success;
  },
  "release.call": ({ sim, params }) => {
    sim.actions.release(sim.engine.get(params.call_session_id));
    return success;
  },
  "list.calls": ({ sim, params }) => {
    const now = sim.now();
    const calls = [...sim.engine.sessions.values()]
      .filter((session) => !params.direction || session.direction === params.direction)
      .filter(
        (session) =>
          !params.virtual_phone_number || session.virtualNumber === params.virtual_phone_number,
      )
      .sort((a, b) => a.startedAt - b.startedAt || a.id - b.id)
      .map((session) => toListedCall(session, sim.language, now));
    return { data: calls };
  },
  "list.talk_options": ({ sim }) => ({
    data: sim.world.talkOptions.map((option) => ({ ...option })),
  }),
};
