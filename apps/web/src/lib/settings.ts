import { useSyncExternalStore } from "react";
import { z } from "zod";

/** The operator's own preferences, kept in this browser (localStorage). */
export const settingsSchema = z.object({
  language: z.enum(["en", "ru"]),
  theme: z.enum(["light", "dark"]),
  /** What a held caller hears; null = the BFF's configured default. */
  holdMessage: z.object({ type: z.enum(["media", "tts"]), value: z.string() }).nullable(),
  desktopNotifications: z.boolean(),
  sound: z.boolean(),
});
export type Settings = z.infer<typeof settingsSchema>;
export type Language = Settings["language"];

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
    // Field by field, so one stale or broken value does not throw away the rest.
    const stored = settingsSchema.partial().safeParse(JSON.parse(raw));
    return stored.success ? { ...base, ...stripUndefined(stored.data) } : base;
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
  const next = settingsSchema.safeParse({ ...current, ...stripUndefined(partial) });
  if (!next.success) return;
  current = next.data;
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
