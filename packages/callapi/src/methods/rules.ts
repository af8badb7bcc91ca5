import type { z } from "zod";

/** The mnemonic the service answers when a combination of params is refused. */
export const combinationMnemonic = "invalid_parameters_combination";

interface EarlySwitchingParams {
  first_call: string;
  switch_at_once: boolean;
  early_switching: boolean;
}

/**
 * "A parameter can have value true only when the parameter first_call has value employee
 * [operator for start.simple_call] and the parameter switch_at_once has value true. Otherwise an
 * error -32602 invalid_parameters_combination occurs."
 */
export function earlySwitchingRule(leadingParty: "employee" | "operator") {
  return (params: EarlySwitchingParams, ctx: z.RefinementCtx) => {
    if (!params.early_switching) return;
    if (params.first_call === leadingParty && params.switch_at_once) return;
    ctx.addIssue({
      code: "custom",
      path: ["early_switching"],
      input: params.early_switching,
      message: `early_switching can be true only with first_call "${leadingParty}" and switch_at_once true`,
      params: { mnemonic: combinationMnemonic },
    });
  };
}

interface SwitchAtOnceParams {
  switch_at_once?: boolean;
  contact_message?: { type: string };
}

/**
 * "If the parameter contact_message type has value tts, the parameter switch_at_once=true doesn't
 * work": the service accepts it (the reference's own examples send it) but ignores it, so this is
 * a warning to show, not a refusal.
 */
export function switchAtOnceIgnored(params: SwitchAtOnceParams): boolean {
  return params.switch_at_once === true && params.contact_message?.type === "tts";
}
