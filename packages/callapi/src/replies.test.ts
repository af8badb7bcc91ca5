import { describe, expect, it } from "vitest";
import { methods } from "./call-methods";
import { dataMethods } from "./data-methods";

// Replies as the live service sends them, beside the reference's examples.
const liveSession = {
  call_session_id: 206597836,
  direction: "out",
  start_time: "2016-10-19 12:26:48",
  virtual_phone_number: "74951045771",
  contact_phone_number: "74959268686",
  external_id: null,
  tags: null,
  legs: [
    {
      leg_id: 287866245,
      calling_phone_number: "74951045771",
      called_phone_number: "74959268686...9.2.3.3",
      is_operator: "false",
      employee_id: null,
      employee_full_name: null,
      record_call_enabled: "true",
      state: "Разговор",
      new_field_from_a_newer_edition: 1,
    },
  ],
};

describe("list.calls replies", () => {
  it("read string booleans, null lists, Russian states, suffixes and zone-less times", () => {
    const [session] = methods["list.calls"].result.parse([liveSession]);
    expect(session?.tags).toEqual([]);
    expect(session?.legs[0]).toMatchObject({
      is_operator: false,
      record_call_enabled: true,
      state: "Разговор",
      called_phone_number: "74959268686...9.2.3.3",
    });
  });

  it("refuse a session without its id", () => {
    const { call_session_id: _id, ...broken } = liveSession;
    expect(methods["list.calls"].result.safeParse([broken]).success).toBe(false);
  });
});

describe("management replies", () => {
  it('read success as "true" or true', () => {
    expect(methods["hold.call"].result.parse({ success: "true" }).success).toBe(true);
    expect(methods["logout.user"].result.parse({ success: true }).success).toBe(true);
    expect(methods["release.call"].result.parse({ success: "false" }).success).toBe(false);
    expect(methods["tag.call"].result.safeParse({}).success).toBe(false);
  });

  it("read a start's call session id and a login's expiry", () => {
    expect(methods["start.simple_call"].result.parse({ call_session_id: 1 }).call_session_id).toBe(
      1,
    );
    expect(
      methods["login.user"].result.parse({ access_token: "t", expire_at: "1475853742" }).expire_at,
    ).toBe(1475853742);
  });

  it("read talk options with or without a button value", () => {
    const options = methods["list.talk_options"].result.parse([
      {
        button: "1",
        mnemonic: "tag_call",
        name: "Tag",
        button_value: { id: 254, value: "Relevant" },
      },
      { button: "2", mnemonic: "finish_conversation", name: "Finish", button_value: null },
      { button: "3", mnemonic: "record_talk", name: "Recorder" },
    ]);
    expect(options.map((o) => o.button_value?.id ?? null)).toEqual([254, null, null]);
  });
});

describe("Data API directory replies", () => {
  it("read each directory's items, newer fields included", () => {
    expect(
      dataMethods["get.tags"].result.parse([
        {
          id: 1,
          name: "Relevant",
          is_system: "false",
          color: "#EBEBEB",
          rating: 3,
          is_auto: false,
        },
      ])[0]?.is_system,
    ).toBe(false);
    const [employee] = dataMethods["get.employees"].result.parse([
      {
        id: 25,
        login: "anna",
        first_name: "Anna",
        last_name: "Smith",
        full_name: "Anna Smith",
        status_id: 1,
        email: null,
        groups: [{ group_id: 3, group_name: "Sales" }],
        phone_numbers: [
          {
            phone_id: 9,
            phone_number: "79260000001",
            channels_count: 1,
            dial_time: 30,
            status: "active",
          },
        ],
        extension: { extension_phone_number: "101" },
        call_recording: "all",
        coach: false,
      },
    ]);
    expect(employee?.phone_numbers[0]?.phone_number).toBe("79260000001");
    expect(
      dataMethods["get.virtual_numbers"].result.parse([
        {
          id: 5,
          virtual_phone_number: "74993720692",
          name: "Main",
          comment: null,
          status: "active",
          type: "virtual",
          scenarios: [{ scenario_id: 23456, scenario_name: "Sales" }],
        },
      ])[0]?.scenarios[0]?.scenario_id,
    ).toBe(23456);
    expect(
      dataMethods["get.scenarios"].result.parse([
        { id: 23456, name: "Sales", virtual_phone_numbers: ["74993720692"] },
      ]),
    ).toHaveLength(1);
    expect(
      dataMethods["get.media_files"].result.parse([
        { id: 2701, name: "Dialing music", duration: 12, type: "system", size: 96000 },
      ])[0]?.type,
    ).toBe("system");
  });

  it("refuse an item without its id", () => {
    expect(
      dataMethods["get.tags"].result.safeParse([{ name: "x", is_system: false }]).success,
    ).toBe(false);
  });
});
