import {
  errorFor,
  formatErrorTemplate,
  isCallMethodName,
  isErrorMnemonic,
} from "@callboard/callapi";

/**
 * Code and message of a mnemonic from the catalog of @callboard/callapi, with the variant of the
 * method's own error table where it differs (e.g. scenario_not_found in start.vnumber_call).
 */
export function errorText(
  mnemonic: string,
  params: Record<string, unknown>,
  method?: string,
): { code: number; message: string } {
  const known = isErrorMnemonic(mnemonic) ? mnemonic : "internal_error";
  const { code, template } = errorFor(known, isCallMethodName(method) ? method : undefined);
  return { code, message: formatErrorTemplate(template, params) };
}
