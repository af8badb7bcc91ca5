/** The reference's Components table: which Call API component a method belongs to. */
export const componentMethods = {
  "Call API Basic set": [
    "start.employee_call",
    "start.vnumber_call",
    "start.simple_call",
    "login.user",
    "logout.user",
    "release.call",
  ],
  "Call API Call management": [
    "hold.call",
    "unhold.call",
    "make.call",
    "disconnect.leg",
    "tag.call",
    "record.call",
    "add.coach",
    "list.calls",
    "send.dtmf",
    "block.contact",
    "restore.talk",
    "transfer.talk",
    "list.talk_options",
    "call.talk_option",
  ],
  "Call API Informer calls": ["start.informer_call"],
  "Call API Call scenario": ["start.scenario_call"],
} as const;

export type ComponentName = keyof typeof componentMethods;

export const allComponents = Object.keys(componentMethods) as ComponentName[];

/** The component of a Call API method; Data API methods belong to none. */
export function componentOf(method: string): ComponentName | undefined {
  return allComponents.find((name) =>
    (componentMethods[name] as readonly string[]).includes(method),
  );
}
