import { z } from "zod";
import { looseBoolean } from "../formats";

/** `access_token`: the session key from `login.user` or a permanent access key. */
export const accessTokenSchema = z.string().min(1);

/** A cross-field rule, run once every field has parsed (as the service checks combinations last). */
export type ParamsRule<Params> = (params: Params, ctx: z.RefinementCtx<Params>) => void;

/**
 * One method of the reference: its `params` as sent upstream (with `access_token`, unknown keys
 * refused), the same params without the token (what the BFF and the SPA pass), and the schema of
 * `result.data`. Both params schemas are built from the same shape because zod 4 refuses to
 * `.omit()` an object that carries refinements.
 */
export function defineMethod<S extends z.ZodRawShape, R extends z.ZodType>(
  shape: S,
  result: R,
  rule?: ParamsRule<z.output<z.ZodObject<S, z.core.$strict>>>,
) {
  const action = z.strictObject(shape);
  const params = z.strictObject({ access_token: accessTokenSchema, ...shape });
  return {
    // The rule reads only the shape's fields, which the params with a token also carry.
    params: rule
      ? params.superRefine(rule as unknown as ParamsRule<z.output<typeof params>>)
      : params,
    action: rule ? action.superRefine(rule) : action,
    result,
  };
}

/** Success of a management method: `{success: "true"}` live, `{success: true}` in places. */
export const successResultSchema = z.looseObject({
  success: looseBoolean,
});

/** What every start.* method answers: the new call session's id. */
export const callSessionStartedSchema = z.looseObject({
  call_session_id: z.number().int(),
});
