import { callSessionSchema } from "@callboard/callapi";
import { describe, expect, it } from "vitest";
import { normaliseSession } from "./normalise-session";
import { StartTimeEstimator } from "./start-time";

// The reference's list.calls example reply: "Talk", number suffixes, nulls, a zoneless start time.
const referenceSession = callSessionSchema.parse({
  call_session_id: 206597836,
  direction: "in",
  start_time: "2016-10-19T12:26:48.418",
  virtual_phone_number: "74951045771",
  contact_phone_number: "74959268686",
  external_id: null,
  tags: [{ tag_id: 456, tag_name: "Relevant" }],
  legs: [
    {
      leg_id: 287866245,
      calling_phone_number: "74951045771",
      called_phone_number: "74959268686...9.2.3.3",
      is_operator: false,
      employee_id: null,
      employee_full_name: null,
      record_call_enabled: true,
      state: "Talk",
    },
    {
      leg_id: 287866221,
      calling_phone_number: "74959268686",
      called_phone_number: "79262444393",
      is_operator: "true",
      employee_id: 2345,
      employee_full_name: "Test",
      record_call_enabled: "false",
      state: "Разговор",
    },
  ],
});

describe("a list.calls session as the console shows it", () => {
  it("maps the reference's example: canonical states beside the text, phase, tags, employees", () => {
    const now = Date.parse("2016-10-19T09:26:58.418Z");
    const session = normaliseSession(referenceSession, new StartTimeEstimator(() => now), true);
    expect(session).toMatchObject({
      id: 206597836,
      direction: "in",
      startTime: "2016-10-19T12:26:48.418",
      startedAt: "2016-10-19T09:26:48.418Z",
      virtualNumber: "74951045771",
      contactNumber: "74959268686",
      externalId: null,
      tags: [{ id: 456, name: "Relevant" }],
      recording: true,
      phase: "talk",
      employeeIds: [2345],
    });
    expect(session.legs).toEqual([
      expect.objectContaining({
        id: 287866245,
        calledNumber: "74959268686...9.2.3.3",
        isOperator: false,
        state: "talking",
        stateText: "Talk",
      }),
      expect.objectContaining({
        id: 287866221,
        isOperator: true,
        recording: false,
        state: "talking",
        stateText: "Разговор",
      }),
    ]);
  });

  it("keeps a state it does not know as it came", () => {
    const odd = callSessionSchema.parse({
      ...referenceSession,
      legs: [{ ...referenceSession.legs[0], state: "Teleporting" }],
    });
    const session = normaliseSession(odd, new StartTimeEstimator(), false);
    expect(session.legs[0]).toMatchObject({ state: "unknown", stateText: "Teleporting" });
  });
});
