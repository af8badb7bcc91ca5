import { callIdParamSchema, legIdParamSchema } from "@callboard/contract";
import { AppError } from "../errors";

const numeric: Record<string, typeof callIdParamSchema> = {
  id: callIdParamSchema,
  legId: legIdParamSchema,
};

/** Numeric path params (`:id`, `:legId`) parsed before anything else; others kept as text. */
export function parsePathParams(raw: Record<string, string>): Record<string, string | number> {
  const parsed: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(raw)) {
    const schema = numeric[name];
    if (!schema) {
      parsed[name] = value;
      continue;
    }
    const result = schema.safeParse(value);
    if (!result.success) {
      throw new AppError(400, "validation_failed", {
        field: name,
        issues: [{ field: name, message: "must be a positive whole number" }],
      });
    }
    parsed[name] = result.data;
  }
  return parsed;
}
