import { z } from "zod";
import { dialableNumberSchema, dtmfStringSchema, idSchema, messageSchema } from "../formats";
import { defineMethod, successResultSchema } from "./define";

/** The call session every management method acts on. */
const session = { call_session_id: idSchema };

/** make.call: dials a third party for a transfer or a consultation; only after hold.call. */
export const makeCall = defineMethod(
  {
    ...session,
    /** An extension, external (E.164), employee or SIP number. */
    to: dialableNumberSchema,
    to_message: messageSchema.optional(),
  },
  successResultSchema,
);

/** transfer.talk: joins the third party with the contact; only after make.call. */
export const transferTalk = defineMethod(session, successResultSchema);

/** restore.talk: back to the contact after a consultation; only after make.call. */
export const restoreTalk = defineMethod(session, successResultSchema);

/** hold.call: puts the contact on hold with a message; only while talking. */
export const holdCall = defineMethod(
  { ...session, contact_message: messageSchema },
  successResultSchema,
);

/** unhold.call: resumes the talk; only while on hold. */
export const unholdCall = defineMethod(session, successResultSchema);

/** add.coach: adds the account's coach, or the coach at `phone_number`. */
export const addCoach = defineMethod(
  { ...session, phone_number: dialableNumberSchema.optional() },
  successResultSchema,
);

/** tag.call: tags an active call. */
export const tagCall = defineMethod({ ...session, tag_id: idSchema }, successResultSchema);

/** record.call: switches the recording on or off (universal recording cannot be switched off). */
export const recordCall = defineMethod(
  { ...session, action: z.enum(["on", "off"]) },
  successResultSchema,
);

/** disconnect.leg: drops one leg; dropping the contact ends the whole session. */
export const disconnectLeg = defineMethod({ ...session, leg_id: idSchema }, successResultSchema);

/** send.dtmf: an employee sends DTMF, e.g. to the contact's IVR. */
export const sendDtmf = defineMethod(
  { ...session, dtmf_string: dtmfStringSchema },
  successResultSchema,
);

/** block.contact: puts the contact on the blacklist during the call. */
export const blockContact = defineMethod(session, successResultSchema);

/** call.talk_option: presses a talk option's button (see list.talk_options). */
export const callTalkOption = defineMethod(
  { ...session, button: z.string().min(1) },
  successResultSchema,
);

/** release.call: releases the call session. */
export const releaseCall = defineMethod(session, successResultSchema);
