/** The simulated account's directory: what the Data API lists and the Call API checks against. */

export interface EmployeePhone {
  phone_id: number;
  phone_number: string;
  channels_count: number;
  dial_time: number;
  status: "active" | "inactive";
}

export interface Employee {
  id: number;
  login: string;
  first_name: string;
  last_name: string;
  full_name: string;
  status_id: number;
  email: string;
  groups: { group_id: number; group_name: string }[];
  phone_numbers: EmployeePhone[];
  extension: { extension_phone_number: string };
  /** "all" is universal recording: record.call may not switch it off. */
  call_recording: "all" | "off";
  coach: boolean;
}

export interface VirtualNumber {
  id: number;
  virtual_phone_number: string;
  name: string;
  comment: string | null;
  status: "active" | "waiting";
  type: string;
  scenarios: { scenario_id: number; scenario_name: string }[];
}

export interface Scenario {
  id: number;
  name: string;
  virtual_phone_numbers: string[];
  /** Who the scenario forwards calls to, in order (not part of the Data API item). */
  employee_ids: number[];
}

export interface MediaFile {
  id: number;
  name: string;
  /** Seconds. */
  duration: number;
  type: "system" | "user";
  size: number;
}

export interface Tag {
  id: number;
  name: string;
  is_system: boolean;
  color: string;
}

export interface TalkOption {
  button: string;
  mnemonic:
    | "finish_conversation"
    | "tag_call"
    | "record_talk"
    | "transfer_call"
    | "run_scenario"
    | "call_coach"
    | "receive_fax"
    | "save_numa";
  name: string;
  button_value?: { id: number; value: string };
}

export interface World {
  employees: Employee[];
  virtualNumbers: VirtualNumber[];
  scenarios: Scenario[];
  mediaFiles: MediaFile[];
  tags: Tag[];
  talkOptions: TalkOption[];
  /** Contacts refused by every start.* method (block.contact adds to it). */
  blacklist: string[];
  /** The coach set in the client area (add.coach without phone_number); null = none configured. */
  coachEmployeeId: number | null;
  /** The account's Text-to-Speech length limit, in characters. */
  ttsMaxLength: number;
}
