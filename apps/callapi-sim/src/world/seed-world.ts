import type {
  Employee,
  MediaFile,
  Scenario,
  Tag,
  TalkOption,
  VirtualNumber,
  World,
} from "./world-types";

/*
 * The seeded directory. Ids and numbers are the ones the reference's example requests use
 * (employee 25 with 79260000001, virtual numbers 74993720692 and 74951045771, scenario 23456,
 * media files 2701, 2561, 237 and 2034, tags 36 and 254), so those examples work as sent.
 */

type PhoneSpec = [number: string, status: "active" | "inactive"];

function employee(
  id: number,
  login: string,
  name: [first: string, last: string],
  phones: PhoneSpec[],
  extension: string,
  extra: Partial<Pick<Employee, "call_recording" | "coach" | "groups">> = {},
): Employee {
  const [first, last] = name;
  return {
    id,
    login,
    first_name: first,
    last_name: last,
    full_name: `${first} ${last}`,
    status_id: 1,
    email: `${login}@callboard.example`,
    groups: extra.groups ?? [{ group_id: 1, group_name: "Sales" }],
    phone_numbers: phones.map(([phone_number, status], index) => ({
      phone_id: id * 10 + index,
      phone_number,
      channels_count: 1,
      dial_time: 30,
      status,
    })),
    extension: { extension_phone_number: extension },
    call_recording: extra.call_recording ?? "off",
    coach: extra.coach ?? false,
  };
}

const support = [{ group_id: 2, group_name: "Support" }];
const supervisors = [{ group_id: 3, group_name: "Supervisors" }];

function seedEmployees(): Employee[] {
  return [
    employee(25, "a.smirnova", ["Анна", "Смирнова"], [["79260000001", "active"]], "101"),
    employee(
      26,
      "d.ivanov",
      ["Dmitry", "Ivanov"],
      [
        ["79261112233", "active"],
        ["79261112234", "inactive"],
      ],
      "102",
    ),
    employee(27, "o.kuznetsova", ["Ольга", "Кузнецова"], [["79263334455", "active"]], "103", {
      groups: support,
    }),
    // Universal recording: record.call cannot switch it off (-32003 forbidden).
    employee(28, "s.popov", ["Sergey", "Popov"], [["79265556677", "active"]], "104", {
      groups: support,
      call_recording: "all",
    }),
    employee(29, "m.volkova", ["Maria", "Volkova"], [["79267778899", "active"]], "105"),
    employee(30, "a.sokolov", ["Алексей", "Соколов"], [["79268889900", "active"]], "106", {
      groups: support,
    }),
    employee(31, "e.morozova", ["Elena", "Morozova"], [["79269990011", "active"]], "107", {
      groups: supervisors,
      coach: true,
    }),
    // No active phone: start.employee_call and make.call to him give no_active_phone_number.
    employee(32, "p.lebedev", ["Павел", "Лебедев"], [["79264440022", "inactive"]], "108"),
  ];
}

function seedScenarios(): Scenario[] {
  return [
    {
      id: 23456,
      name: "Main IVR",
      virtual_phone_numbers: ["74993720692"],
      employee_ids: [25, 26, 27],
    },
    {
      id: 23457,
      name: "Sales queue",
      virtual_phone_numbers: ["74951045771"],
      employee_ids: [29, 26],
    },
    {
      id: 23458,
      name: "Support line",
      virtual_phone_numbers: ["74957654321"],
      employee_ids: [27, 28, 30],
    },
    { id: 23459, name: "After hours", virtual_phone_numbers: [], employee_ids: [30] },
  ];
}

function seedVirtualNumbers(scenarios: Scenario[]): VirtualNumber[] {
  const linked = (number: string) =>
    scenarios
      .filter((scenario) => scenario.virtual_phone_numbers.includes(number))
      .map((scenario) => ({ scenario_id: scenario.id, scenario_name: scenario.name }));
  const vn = (id: number, number: string, name: string, status: "active" | "waiting") => ({
    id,
    virtual_phone_number: number,
    name,
    comment: null,
    status,
    type: "virtual",
    scenarios: linked(number),
  });
  return [
    vn(801, "74993720692", "Main line", "active"),
    vn(802, "74951045771", "Sales", "active"),
    vn(803, "74957654321", "Support", "active"),
    // No scenario: start.vnumber_call on it gives scenario_not_found (-32007).
    vn(804, "78005553535", "Toll-free (not configured)", "waiting"),
  ];
}

function seedMediaFiles(): MediaFile[] {
  return [
    { id: 2701, name: "Dialing music", duration: 30, type: "system", size: 480_000 },
    { id: 2702, name: "Busy tone", duration: 5, type: "system", size: 80_000 },
    { id: 238, name: "This call is recorded", duration: 3, type: "system", size: 48_000 },
    { id: 2034, name: "Hold music", duration: 45, type: "user", size: 720_000 },
    { id: 2561, name: "Greeting for the employee", duration: 4, type: "user", size: 64_000 },
    { id: 237, name: "Welcome message", duration: 6, type: "user", size: 96_000 },
    { id: 240, name: "Приветствие", duration: 5, type: "user", size: 80_000 },
  ];
}

function seedTags(): Tag[] {
  return [
    { id: 254, name: "Relevant", is_system: false, color: "#EBEBEB" },
    { id: 36, name: "Sale", is_system: false, color: "#4CAF50" },
    { id: 255, name: "Complaint", is_system: false, color: "#F44336" },
    { id: 256, name: "Callback", is_system: false, color: "#2196F3" },
    { id: 257, name: "Not relevant", is_system: true, color: "#9E9E9E" },
    { id: 258, name: "Спам", is_system: false, color: "#795548" },
  ];
}

function seedTalkOptions(): TalkOption[] {
  return [
    {
      button: "1",
      mnemonic: "tag_call",
      name: "Tag",
      button_value: { id: 254, value: "Relevant" },
    },
    { button: "2", mnemonic: "record_talk", name: "Voice recorder" },
    { button: "3", mnemonic: "call_coach", name: "Call coach" },
    {
      button: "4",
      mnemonic: "transfer_call",
      name: "Transfer",
      button_value: { id: 26, value: "Dmitry Ivanov" },
    },
    {
      button: "5",
      mnemonic: "run_scenario",
      name: "Run scenario",
      button_value: { id: 23459, value: "After hours" },
    },
    { button: "0", mnemonic: "finish_conversation", name: "Finish conversation" },
  ];
}

/** A fresh copy of the seeded directory (callers mutate the blacklist, coach and TTS limit). */
export function createSeedWorld(): World {
  const scenarios = seedScenarios();
  return {
    employees: seedEmployees(),
    virtualNumbers: seedVirtualNumbers(scenarios),
    scenarios,
    mediaFiles: seedMediaFiles(),
    tags: seedTags(),
    talkOptions: seedTalkOptions(),
    blacklist: ["79990000001", "74950000013"],
    coachEmployeeId: 31,
    ttsMaxLength: 250,
  };
}
