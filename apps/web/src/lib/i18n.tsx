import {
  type DateStyle,
  type Dictionary,
  formatDate,
  type Params,
  translate,
} from "@callboard/contract";
import { useCallback } from "react";
import { type Language, useSettings } from "./settings";

// The one i18n helper of the console (packages/contract/src/i18n.ts): dictionaries with plural
// forms, and dates, numbers and durations through cached Intl formatters. Each feature keeps its
// strings in its own `i18n.ts` as a Dictionary.
export type { Dictionary, Message, PluralMessage } from "@callboard/contract";
export {
  formatDate,
  formatDuration,
  formatNumber,
  interpolate,
  translate,
} from "@callboard/contract";

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function useLanguage(): Language {
  return useSettings().language;
}

export function useT<K extends string>(dict: Dictionary<K>): Translate<K> {
  const language = useLanguage();
  return useCallback(
    (key: K, params?: Params) => translate(dict, language, key, params),
    [dict, language],
  );
}

/** Formats dates in the user's language (see formatDate). */
export function useFormatDate(): (iso: string, style?: DateStyle) => string {
  const language = useLanguage();
  return useCallback(
    (iso: string, style?: DateStyle) => formatDate(iso, language, style),
    [language],
  );
}
