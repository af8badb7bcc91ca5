import { errorCatalog, isErrorMnemonic } from "@callboard/callapi";
import type { Language } from "@callboard/contract";
import { fallbacksEn, limitTypesEn, messagesEn } from "./messages-en";
import { fallbacksRu, limitTypesRu, messagesRu } from "./messages-ru";

/** Every catalog mnemonic and every BFF mnemonic, in each UI language. */
export const messages: { en: Record<string, string>; ru: Record<string, string> } = {
  en: messagesEn,
  ru: messagesRu,
};
const fallbacks: Record<Language, Record<string, string>> = { en: fallbacksEn, ru: fallbacksRu };
const limitTypes: Record<Language, Record<string, string>> = { en: limitTypesEn, ru: limitTypesRu };

const placeholder = /\{(\w+)\}/g;
const maxValueLength = 120;

/** A param as it may appear in a sentence: primitives only, kept short. */
function printable(value: unknown): string | undefined {
  if (typeof value === "string") {
    const text = value.replace(/\p{Cc}/gu, " ").trim();
    if (text.length === 0) return undefined;
    return text.length > maxValueLength ? `${text.slice(0, maxValueLength)}…` : text;
  }
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return String(value);
  return undefined;
}

function fill(
  template: string,
  params: Record<string, unknown>,
  language: Language,
): string | undefined {
  let complete = true;
  const text = template.replace(placeholder, (_match, name: string) => {
    let value = printable(params[name]);
    if (name === "limit_type" && value !== undefined) value = limitTypes[language][value] ?? value;
    if (value === undefined) complete = false;
    return value ?? "";
  });
  return complete ? text : undefined;
}

/**
 * The human message for a mnemonic, its `{placeholders}` filled from `params`. When a param is
 * missing, the shorter form without it; an unknown mnemonic reads as a refusal naming it.
 */
export function messageFor(
  mnemonic: string,
  language: Language,
  params?: Record<string, unknown>,
): string {
  const values = params ?? {};
  const template = messages[language][mnemonic];
  if (template === undefined) {
    // A mnemonic the catalog gained after these messages were written: its English template.
    const fromCatalog =
      language === "en" && isErrorMnemonic(mnemonic)
        ? fill(errorCatalog[mnemonic].template, values, language)
        : undefined;
    return fromCatalog ?? fill(messages[language].unknown_error!, { mnemonic }, language)!;
  }
  return (
    fill(template, values, language) ??
    fallbacks[language][mnemonic] ??
    template.replace(placeholder, "").replace(/\s+/g, " ")
  );
}

export function hasMessage(mnemonic: string): boolean {
  return Object.hasOwn(messagesEn, mnemonic);
}
