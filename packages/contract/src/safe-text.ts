/**
 * Control characters (C0, DEL, C1) and Unicode bidi controls (embeddings, overrides, isolates,
 * marks): text shown to other users (display names, audit params) never carries them, so a name
 * cannot reorder what surrounds it ("Anna\u202Egpj.exe") or hide behind invisible characters.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
const unsafe = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripUnsafeText(text: string): string {
  return text.replace(unsafe, "");
}
