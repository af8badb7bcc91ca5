import { z } from "zod";

/** Directory entries behind the console's pickers (Data API, cached briefly by the BFF). */
export const directoryTagSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  color: z.string().nullable(),
  isSystem: z.boolean(),
});
export const directoryEmployeeSchema = z.object({
  id: z.number().int(),
  fullName: z.string(),
  extension: z.string().nullable(),
  /** The employee's phone numbers, active ones first. */
  phoneNumbers: z.array(z.string()),
  isCoach: z.boolean(),
});
export const directoryVirtualNumberSchema = z.object({
  number: z.string(),
  name: z.string().nullable(),
  status: z.string().nullable(),
  scenarios: z.array(z.object({ id: z.number().int(), name: z.string() })),
});
export const directoryScenarioSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  virtualNumbers: z.array(z.string()),
});
export const directoryMediaFileSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.string().nullable(),
  durationSeconds: z.number().nullable(),
});
/** A talk option from `list.talk_options`: a button the operator leg can press. */
export const talkOptionSchema = z.object({
  button: z.string(),
  mnemonic: z.string(),
  name: z.string(),
  value: z.object({ id: z.number().int(), value: z.string() }).nullable(),
});

export const directorySchemas = {
  tags: z.array(directoryTagSchema),
  employees: z.array(directoryEmployeeSchema),
  "virtual-numbers": z.array(directoryVirtualNumberSchema),
  scenarios: z.array(directoryScenarioSchema),
  "media-files": z.array(directoryMediaFileSchema),
} as const;
export type DirectoryKind = keyof typeof directorySchemas;
export const directoryKinds = Object.keys(directorySchemas) as DirectoryKind[];

export const talkOptionListSchema = z.array(talkOptionSchema);

export type DirectoryTag = z.infer<typeof directoryTagSchema>;
export type DirectoryEmployee = z.infer<typeof directoryEmployeeSchema>;
export type DirectoryVirtualNumber = z.infer<typeof directoryVirtualNumberSchema>;
export type DirectoryScenario = z.infer<typeof directoryScenarioSchema>;
export type DirectoryMediaFile = z.infer<typeof directoryMediaFileSchema>;
export type TalkOption = z.infer<typeof talkOptionSchema>;
