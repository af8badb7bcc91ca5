import { type Language, languageSchema } from "@callboard/contract";

const fallback: Language = "en";

/**
 * The language of messages: the user's saved choice when it is one we speak, else the best
 * match of Accept-Language (by q-value, then order), else English.
 */
export function pickLanguage(acceptLanguage: string | undefined, preferred?: string): Language {
  const chosen = languageSchema.safeParse(preferred);
  if (chosen.success) return chosen.data;
  if (!acceptLanguage) return fallback;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...attributes] = part.trim().split(";");
      const q = attributes
        .map((attribute) => attribute.trim())
        .find((attribute) => attribute.startsWith("q="));
      const quality = q === undefined ? 1 : Number.parseFloat(q.slice(2));
      return {
        primary: tag.trim().toLowerCase().split("-")[0] ?? "",
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((range) => range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const range of ranges) {
    const language = languageSchema.safeParse(range.primary);
    if (language.success) return language.data;
  }
  return fallback;
}
