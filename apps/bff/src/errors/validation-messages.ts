import { type Dictionary, type Language, translate } from "@callboard/contract";
import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/** Messages of invalid fields, worded with the contract's i18n helper (plural forms included). */
const issueTexts: Dictionary<
  | "required"
  | "wrongType"
  | "minLength"
  | "maxLength"
  | "min"
  | "max"
  | "format"
  | "values"
  | "unknownKeys"
  | "multipleOf"
  | "combination"
  | "invalid"
> = {
  en: {
    required: "Required.",
    wrongType: "Wrong type of value.",
    minLength: {
      by: "n",
      one: "At least {n} character.",
      other: "At least {n} characters.",
    },
    maxLength: { by: "n", one: "At most {n} character.", other: "At most {n} characters." },
    min: "At least {n}.",
    max: "At most {n}.",
    format: "Wrong format.",
    values: "Allowed values: {values}.",
    unknownKeys: "Unknown fields: {keys}.",
    multipleOf: "Must be a multiple of {n}.",
    combination: "{message}",
    invalid: "Not a valid value.",
  },
  ru: {
    required: "Обязательное поле.",
    wrongType: "Неверный тип значения.",
    minLength: {
      by: "n",
      one: "Не короче {n} символа.",
      other: "Не короче {n} символов.",
    },
    maxLength: {
      by: "n",
      one: "Не длиннее {n} символа.",
      other: "Не длиннее {n} символов.",
    },
    min: "Не меньше {n}.",
    max: "Не больше {n}.",
    format: "Неверный формат.",
    values: "Допустимые значения: {values}.",
    unknownKeys: "Неизвестные поля: {keys}.",
    multipleOf: "Должно быть кратно {n}.",
    combination: "Недопустимое значение или сочетание значений.",
    invalid: "Недопустимое значение.",
  },
};

/**
 * One invalid field in the user's language. Zod's own texts are English and technical, so the
 * message is built from the issue's code and its bounds.
 */
export function issueMessage(issue: Issue, language: Language): string {
  const say = (key: keyof typeof issueTexts.en, params?: Record<string, string | number>) =>
    translate(issueTexts, language, key, params);
  switch (issue.code) {
    case "invalid_type":
      return say(issue.input === undefined ? "required" : "wrongType");
    case "too_small":
      if (issue.origin === "string") {
        const n = Number(issue.minimum);
        return n <= 1 ? say("required") : say("minLength", { n });
      }
      return say("min", { n: Number(issue.minimum) });
    case "too_big":
      return issue.origin === "string"
        ? say("maxLength", { n: Number(issue.maximum) })
        : say("max", { n: Number(issue.maximum) });
    case "invalid_format":
      return say("format");
    case "invalid_value":
      return say("values", { values: issue.values.map(String).join(", ") });
    case "unrecognized_keys":
      return say("unknownKeys", { keys: issue.keys.join(", ") });
    case "not_multiple_of":
      return say("multipleOf", { n: Number(issue.divisor) });
    default:
      // Custom refinements carry an English message written for people.
      if (issue.code === "custom") {
        return say("combination", { message: issue.message || "Not valid." });
      }
      return say("invalid");
  }
}
