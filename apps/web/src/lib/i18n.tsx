import { useCallback } from "react";
import { type Language, useSettings } from "./settings";

/** A feature's strings in every UI language; each feature keeps its own `i18n.ts`. */
export interface Dictionary<K extends string> {
  en: Record<K, string>;
  ru: Record<K, string>;
}

export type Translate<K extends string> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

/** Replaces `{name}` placeholders; unknown ones stay visible so a missing param is noticed. */
export function interpolate(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate<K extends string>(
  dict: Dictionary<K>,
  language: Language,
  key: K,
  params?: Record<string, string | number>,
): string {
  return interpolate(dict[language][key] ?? dict.en[key] ?? key, params);
}

export function useLanguage(): Language {
  return useSettings().language;
}

export function useT<K extends string>(dict: Dictionary<K>): Translate<K> {
  const language = useLanguage();
  return useCallback(
    (key: K, params?: Record<string, string | number>) => translate(dict, language, key, params),
    [dict, language],
  );
}
