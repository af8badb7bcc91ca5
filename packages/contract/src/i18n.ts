/**
 * The one way Callboard words things for people, in the SPA and the BFF: dictionaries of
 * messages per language, `{name}` placeholders, plural forms chosen by Intl.PluralRules, and
 * dates, numbers and durations through Intl. Formatters are built on first use and cached: the
 * first Intl.DateTimeFormat of a cold page is costly, so nothing here builds one at import.
 * No zod: the board's first page uses this.
 */
import type { Language } from "./roles";

/**
 * A message whose wording follows a number: `by` names the param, the forms are
 * Intl.PluralRules categories ("one", "few", "many", "other"); `other` is required.
 */
export interface PluralMessage {
  by: string;
  one?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Message = string | PluralMessage;
export type Params = Record<string, string | number>;

/** A feature's strings in every UI language. */
export interface Dictionary<K extends string> {
  en: Record<K, Message>;
  ru: Record<K, Message>;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function rulesFor(language: Language): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules;
}

/** The plural form of `message` for the number in its `by` param. */
export function pluralForm(message: PluralMessage, language: Language, params?: Params): string {
  const count = Number(params?.[message.by]);
  if (!Number.isFinite(count)) return message.other;
  const category = rulesFor(language).select(count) as keyof PluralMessage;
  return (category !== "by" ? message[category] : undefined) ?? message.other;
}

/** Replaces `{name}` placeholders; unknown ones stay visible so a missing param is noticed. */
export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The message `key` in `language` (English when it lacks one), plural form chosen, filled. */
export function translate<K extends string>(
  dict: Dictionary<K>,
  language: Language,
  key: K,
  params?: Params,
): string {
  const message = dict[language][key] ?? dict.en[key];
  if (message === undefined) return key;
  const template = typeof message === "string" ? message : pluralForm(message, language, params);
  return interpolate(template, params);
}

function cached<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

const dateStyles = {
  dateTime: { dateStyle: "medium", timeStyle: "medium" },
  date: { dateStyle: "medium" },
  time: { timeStyle: "medium" },
  shortTime: { hour: "2-digit", minute: "2-digit" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
export type DateStyle = keyof typeof dateStyles;

/**
 * An ISO timestamp as people of `language` read it, in the browser's (or server's) time zone:
 * "5 дек. 2026 г., 07:56:57", "Dec 5, 2026, 7:56:57 AM". The text as given when not a date.
 */
export function formatDate(
  iso: string | number | Date,
  language: Language,
  style: DateStyle = "dateTime",
  timeZone?: string,
): string {
  const at = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(at.getTime())) return String(iso);
  const key = `${language}|${style}|${timeZone ?? ""}`;
  const format = cached(
    dateTimeFormats,
    key,
    () => new Intl.DateTimeFormat(language, { ...dateStyles[style], timeZone }),
  );
  return format.format(at);
}

/** A number with the language's grouping and decimal signs ("12 345,5" / "12,345.5"). */
export function formatNumber(value: number, language: Language, maximumFractionDigits = 1): string {
  const format = cached(
    numberFormats,
    `${language}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(language, { maximumFractionDigits }),
  );
  return format.format(value);
}

const durationUnits: Dictionary<"h" | "min" | "s"> = {
  en: { h: "h", min: "min", s: "s" },
  ru: { h: "ч", min: "мин", s: "с" },
};

/** A duration in seconds, short: "1 h 5 min", "2 min 3 s", "45 s" (ru: "1 ч 5 мин"). */
export function formatDuration(totalSeconds: number, language: Language): string {
  const whole = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const seconds = whole % 60;
  const unit = (key: "h" | "min" | "s") => translate(durationUnits, language, key);
  const parts: string[] = [];
  if (hours > 0) parts.push(`${hours} ${unit("h")}`);
  if (minutes > 0) parts.push(`${minutes} ${unit("min")}`);
  if (seconds > 0 || parts.length === 0) parts.push(`${seconds} ${unit("s")}`);
  return parts.slice(0, 2).join(" ");
}
