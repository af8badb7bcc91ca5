import { useSyncExternalStore } from "react";
import { isObject, isString } from "./checks/json-checks";

/**
 * The operator's own preferences, kept in this browser (localStorage). Checked by hand, not with
 * zod: the first page would otherwise load and build zod for this alone (settings.test.ts holds
 * the check to the zod schema it replaced).
 */
export interface Settings {
  language: "en" | "ru";
  theme: "light" | "dark";
  /** What a held caller hears; null = the BFF's configured default. */
  holdMessage: { type: "media" | "tts"; value: string } | null;
  desktopNotifications: boolean;
  sound: boolean;
}
export type Language = Settings["language"];

const fieldChecks: { [K in keyof Settings]: (value: unknown) => boolean } = {
  language: (value) => value === "en" || value === "ru",
  theme: (value) => value === "light" || value === "dark",
  holdMessage: (value) =>
    value === null ||
    (isObject(value) && (value.type === "media" || value.type === "tts") && isString(value.value)),
  desktopNotifications: (value) => typeof value === "boolean",
  sound: (value) => typeof value === "boolean",
};
const settingKeys = Object.keys(fieldChecks) as (keyof Settings)[];

/**
 * The known settings in `value` (unknown keys dropped), or null when one of them is invalid.
 * `partial`: a missing setting is allowed (stored by an older version of the console).
 */
export function checkSettings(value: unknown, partial: true): Partial<Settings> | null;
export function checkSettings(value: unknown, partial: false): Settings | null;
export function checkSettings(value: unknown, partial: boolean): Partial<Settings> | null {
  if (!isObject(value)) return null;
  const known: Record<string, unknown> = {};
  for (const key of settingKeys) {
    const field = value[key];
    if (field === undefined && partial) continue;
    if (!fieldChecks[key](field)) return null;
    // A fresh hold message of its two fields, as zod's parse gave: the caller's object is not kept.
    known[key] =
      key === "holdMessage" && isObject(field) ? { type: field.type, value: field.value } : field;
  }
  return known as Partial<Settings>;
}

const STORAGE_KEY = "callboard.settings";

function defaults(): Settings {
  const browserLanguage = typeof navigator === "undefined" ? "en" : navigator.language;
  return {
    language: browserLanguage.toLowerCase().startsWith("ru") ? "ru" : "en",
    theme: "light",
    holdMessage: null,
    desktopNotifications: false,
    sound: false,
  };
}

function load(): Settings {
  const base = defaults();
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return base;
    // A setting missing from an older console's store takes its default; a broken one (edited
    // by hand) discards the store.
    const stored = checkSettings(JSON.parse(raw), true);
    return stored ? { ...base, ...stored } : base;
  } catch {
    return base;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

let current: Settings = load();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current settings outside React (the fetch wrapper reads the language from here). */
export function getSettings(): Settings {
  return current;
}

export function updateSettings(partial: Partial<Settings>): void {
  const next = checkSettings({ ...current, ...stripUndefined(partial) }, false);
  if (!next) return;
  current = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Private mode or a full quota: the settings still apply for this tab.
  }
  for (const listener of listeners) listener();
}

export function useSettings(): Settings {
  return useSyncExternalStore(subscribe, getSettings, getSettings);
}

// Another tab changed the settings: follow it.
if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key !== STORAGE_KEY) return;
    current = load();
    for (const listener of listeners) listener();
  });
}
