import type { CallEngine } from "./call-engine";
import type { ConsultActions } from "./consult-actions";
import { type ControlCallSpec, createControlCall } from "./control-calls";

/**
 * Live sessions under the ids the reference's example requests use, each in the state its
 * example needs (hold.call's 23465781 is talking, unhold.call's 2846590 is on hold...), so
 * those examples, sent with curl to a fresh `npm run sim`, answer as the reference shows.
 */
const exampleSessions: (ControlCallSpec & { call_session_id: number })[] = [
  { call_session_id: 23465781, state: "talk", employee_id: 25 }, // hold.call
  { call_session_id: 2846590, state: "hold", employee_id: 26 }, // unhold.call, tag.call
  { call_session_id: 2354891, state: "hold", employee_id: 27 }, // make.call
  { call_session_id: 2786459, state: "operator_talk", employee_id: 29 }, // transfer.talk
  { call_session_id: 25374860, state: "operator_talk", employee_id: 30 }, // restore.talk
  { call_session_id: 2875654, state: "talk", employee_id: 25 }, // disconnect.leg (leg 9875)
  { call_session_id: 27934036, state: "talk", employee_id: 26 }, // add.coach, send.dtmf
  { call_session_id: 235496, state: "talk", employee_id: 27, direction: "out" }, // record.call
  { call_session_id: 27485639, state: "talk", employee_id: 29 }, // block.contact
  { call_session_id: 246578, state: "talk", employee_id: 30 }, // call.talk_option
  { call_session_id: 28575639, state: "talk", employee_id: 29, direction: "out" }, // release.call
  {
    // list.calls: its example's session, number and contact.
    call_session_id: 206597836,
    state: "talk",
    employee_id: 25,
    virtual_phone_number: "74951045771",
    contact_phone_number: "74959268686",
  },
];

const EXAMPLE_TALK_MIN_S = 30 * 60;
const EXAMPLE_TALK_MAX_S = 60 * 60;

export function seedExampleCalls(engine: CallEngine, consult: ConsultActions): void {
  for (const spec of exampleSessions) {
    const session = createControlCall(engine, consult, spec);
    session.origin = "reference_example";
    // Long enough for someone trying the examples, short enough not to clutter a demo forever.
    session.autoHangup = true;
    engine.scheduleAutoHangup(session, [EXAMPLE_TALK_MIN_S, EXAMPLE_TALK_MAX_S]);
    if (spec.call_session_id === 2875654) {
      // disconnect.leg's example disconnects leg 9875: make that the employee's leg.
      const operator = session.legs.find((leg) => leg.role === "operator");
      if (operator) operator.id = 9875;
    }
    if (spec.call_session_id === 206597836)
      session.tags.push({ tag_id: 254, tag_name: "Relevant" });
  }
}
