import { z } from "zod";
import { listOf, looseBoolean, looseNumber } from "./formats";
import { defineMethod } from "./methods/define";

// The companion Data API (dataapi.callgear.com/v2.0) behind the pickers: the same envelope,
// errors and limits as the Call API. Items are loose objects: newer editions add fields.

type FilterCondition = {
  field: string;
  operator: string;
  value?: unknown;
};
type FilterGroup = { filters: Filter[]; condition: "and" | "or" };
/** A Data API filter: one condition, or a group of them joined by and / or. */
export type Filter = FilterCondition | FilterGroup;

export const filterSchema: z.ZodType<Filter> = z.lazy(() =>
  z.union([
    z.strictObject({ field: z.string().min(1), operator: z.string().min(1), value: z.unknown() }),
    z.strictObject({ filters: z.array(filterSchema).min(1), condition: z.enum(["and", "or"]) }),
  ]),
);

export const sortSchema = z.array(
  z.strictObject({ field: z.string().min(1), order: z.enum(["asc", "desc"]) }),
);

/** Paging and selection every directory method takes; each call costs 1 point. */
const directoryParams = {
  /** Default 1000, at most 10000. */
  limit: z.number().int().min(1).max(10000).default(1000),
  offset: z.number().int().min(0).default(0),
  filter: filterSchema.optional(),
  sort: sortSchema.optional(),
  /** Only these fields come back in each item. */
  fields: z.array(z.string().min(1)).min(1).optional(),
};

const nullableText = z.string().nullable();

/** A tag an operator can put on a call (tag.call's `tag_id`). */
export const tagSchema = z.looseObject({
  id: z.number().int(),
  name: z.string(),
  is_system: looseBoolean,
  /** Newer editions: "#RRGGBB". */
  color: z.string().nullish(),
  rating: looseNumber.nullish(),
  is_auto: looseBoolean.nullish(),
  state: nullableText.optional(),
  creation_datetime: nullableText.optional(),
});
export type Tag = z.infer<typeof tagSchema>;

/** An employee (start.employee_call's `employee.id`). */
export const employeeSchema = z.looseObject({
  id: z.number().int(),
  login: nullableText,
  first_name: nullableText,
  last_name: nullableText,
  full_name: nullableText,
  status_id: z.number().int().nullable(),
  email: nullableText,
  groups: listOf(z.looseObject({ group_id: z.number().int(), group_name: nullableText })),
  phone_numbers: listOf(
    z.looseObject({
      phone_id: z.number().int(),
      phone_number: z.string(),
      channels_count: z.number().int().nullish(),
      dial_time: z.number().int().nullish(),
      status: nullableText.optional(),
    }),
  ),
  extension: z.looseObject({ extension_phone_number: nullableText }).nullable(),
  call_recording: z.union([z.string(), z.boolean()]).nullable(),
  coach: z.union([z.boolean(), z.string(), z.number(), z.looseObject({})]).nullable(),
});
export type Employee = z.infer<typeof employeeSchema>;

/** A virtual number the account rents (the start.* methods' `virtual_phone_number`). */
export const virtualNumberSchema = z.looseObject({
  id: z.number().int(),
  virtual_phone_number: z.string(),
  name: nullableText,
  comment: nullableText,
  /** active, waiting, ... */
  status: nullableText,
  type: nullableText,
  scenarios: listOf(z.looseObject({ scenario_id: z.number().int(), scenario_name: nullableText })),
});
export type VirtualNumber = z.infer<typeof virtualNumberSchema>;

/** A scenario (start.scenario_call's `scenario_id`). */
export const scenarioSchema = z.looseObject({
  id: z.number().int(),
  name: nullableText,
  virtual_phone_numbers: listOf(z.union([z.string(), z.looseObject({})])),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** A media file to play (messages of type media, `media_file_id`). */
export const mediaFileSchema = z.looseObject({
  id: z.number().int(),
  name: nullableText,
  /** Seconds. */
  duration: looseNumber.nullable(),
  /** system or user. */
  type: nullableText,
  /** Bytes. */
  size: looseNumber.nullable(),
});
export type MediaFile = z.infer<typeof mediaFileSchema>;

/** "YYYY-MM-DD hh:mm:ss" in the account's time zone, as the call report takes its window. */
const reportDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

/** The call report's window and paging (each page costs points like any Data API call). */
const callsReportParams = {
  date_from: reportDateTime,
  date_till: reportDateTime,
  limit: z.number().int().min(1).max(10000).default(1000),
  offset: z.number().int().min(0).default(0),
  filter: filterSchema.optional(),
  sort: sortSchema.optional(),
  /** The columns wanted; the service answers only these. */
  fields: z.array(z.string().min(1)).min(1).optional(),
};

const reportNumber = looseNumber.nullish();
const reportText = z.string().nullish();

/**
 * One finished call of `get.calls_report`. Every column is optional because only the asked
 * `fields` come back; `id` is the `call_session_id` of the Call API.
 */
export const callReportRowSchema = z.looseObject({
  id: z.coerce.number().int(),
  start_time: reportText,
  finish_time: reportText,
  finish_reason: reportText,
  /** in or out. */
  direction: reportText,
  is_lost: looseBoolean.nullish(),
  contact_phone_number: reportText,
  virtual_phone_number: reportText,
  communication_number: reportText,
  total_duration: reportNumber,
  talk_duration: reportNumber,
  wait_duration: reportNumber,
  scenario_name: reportText,
  tags: listOf(z.looseObject({ tag_id: looseNumber.nullish(), tag_name: reportText })).nullish(),
  /** Ids of the call's recordings; may be empty. */
  call_records: listOf(z.union([z.string(), z.number()])).nullish(),
  employees: listOf(
    z.looseObject({ employee_id: looseNumber.nullish(), employee_full_name: reportText }),
  ).nullish(),
});
export type CallReportRow = z.infer<typeof callReportRowSchema>;

export const dataMethodNames = [
  "get.calls_report",
  "get.tags",
  "get.employees",
  "get.virtual_numbers",
  "get.scenarios",
  "get.media_files",
] as const;
export type DataMethodName = (typeof dataMethodNames)[number];

const definitions = {
  "get.calls_report": defineMethod(callsReportParams, listOf(callReportRowSchema)),
  "get.tags": defineMethod(directoryParams, listOf(tagSchema)),
  "get.employees": defineMethod(directoryParams, listOf(employeeSchema)),
  "get.virtual_numbers": defineMethod(directoryParams, listOf(virtualNumberSchema)),
  "get.scenarios": defineMethod(directoryParams, listOf(scenarioSchema)),
  "get.media_files": defineMethod(directoryParams, listOf(mediaFileSchema)),
} satisfies { [M in DataMethodName]: { params: z.ZodType; action: z.ZodType; result: z.ZodType } };
type Definitions = typeof definitions;

/** Per Data API method: params (with `access_token`, strict) and the schema of `result.data`. */
export const dataMethods = Object.fromEntries(
  dataMethodNames.map((name) => [
    name,
    { params: definitions[name].params, result: definitions[name].result },
  ]),
) as {
  [M in DataMethodName]: { params: Definitions[M]["params"]; result: Definitions[M]["result"] };
};

/** The same params without `access_token`. */
export const dataActionParams = Object.fromEntries(
  dataMethodNames.map((name) => [name, definitions[name].action]),
) as { [M in DataMethodName]: Definitions[M]["action"] };

export type DataParams<M extends DataMethodName> = z.input<Definitions[M]["action"]>;
export type DataResult<M extends DataMethodName> = z.output<Definitions[M]["result"]>;

export function isDataMethodName(name: unknown): name is DataMethodName {
  return typeof name === "string" && (dataMethodNames as readonly string[]).includes(name);
}
