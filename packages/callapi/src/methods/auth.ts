import { z } from "zod";
import { looseNumber } from "../formats";
import { defineMethod, successResultSchema } from "./define";

/** login.user: the only method without a token; answers a session key that lives 1 hour. */
const loginUserParams = z.strictObject({
  login: z.string().min(1),
  password: z.string().min(1),
});

export const loginUser = {
  params: loginUserParams,
  action: loginUserParams,
  result: z.looseObject({
    access_token: z.string().min(1),
    /** Unix timestamp in seconds when the token stops working. */
    expire_at: looseNumber,
  }),
};

/** logout.user: ends the session; answers `{success: true}` (a boolean here). */
export const logoutUser = defineMethod({}, successResultSchema);
