/** Leg states of list.calls, independent of the account's language. */
export const canonicalLegStates = [
  "dialing",
  "talking",
  "queued",
  "disconnected",
  "operators_talking",
  "on_hold",
  "transferring",
  "sending_dtmf",
  "receiving_fax",
  "fax_received",
  "sending_fax",
  "fax_sent",
  "unknown",
] as const;
export type CanonicalLegState = (typeof canonicalLegStates)[number];
export type KnownLegState = Exclude<CanonicalLegState, "unknown">;

// Every leg-state text of the reference's call-state notes (fixtures/leg-state-texts.json): the reference's edition first (what legStateText sends), then the
// Russian service, then the other English edition, and the reference example's "Talk".
const texts: Record<KnownLegState, { en: string; ru: string; aliases: string[] }> = {
  dialing: { en: "Redial", ru: "Дозвон", aliases: ["Dial", "Dialing"] },
  talking: { en: "Conversation", ru: "Разговор", aliases: ["Talk"] },
  queued: { en: "Next in line", ru: "На очереди", aliases: [] },
  disconnected: { en: "Disconnect", ru: "Разъединено", aliases: ["Disconnected"] },
  operators_talking: {
    en: "Operators' conversation",
    ru: "Разговор операторов",
    aliases: ["Operators talking"],
  },
  on_hold: { en: "On hold", ru: "На удержании", aliases: [] },
  transferring: { en: "Transferring call", ru: "Перевод вызова", aliases: ["Call Transfer"] },
  sending_dtmf: { en: "Sending dtmf", ru: "Отправка dtmf", aliases: [] },
  receiving_fax: { en: "Receiving fax", ru: "Получение факса", aliases: ["Receiving a fax"] },
  fax_received: { en: "Fax received", ru: "Факс получен", aliases: [] },
  sending_fax: { en: "Sending fax", ru: "Отправка факса", aliases: ["Sending a fax"] },
  fax_sent: { en: "Fax sent", ru: "Факс отправлен", aliases: [] },
};

/** Case, spacing, apostrophes and ё do not tell states apart. */
function normalise(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/['’‘`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

const byText = new Map<string, KnownLegState>();
for (const [state, { en, ru, aliases }] of Object.entries(texts) as [
  KnownLegState,
  (typeof texts)[KnownLegState],
][]) {
  for (const text of [en, ru, ...aliases]) byText.set(normalise(text), state);
}

/**
 * The canonical state of a leg's free-text `state` (English or Russian, any edition).
 * An unknown text maps to "unknown": show the text itself then.
 */
export function toCanonicalLegState(text: string | null | undefined): CanonicalLegState {
  if (typeof text !== "string") return "unknown";
  return byText.get(normalise(text)) ?? "unknown";
}

/** The text the service sends for a state in an account of that language. */
export function legStateText(state: KnownLegState, lang: "en" | "ru"): string {
  return texts[state][lang];
}
