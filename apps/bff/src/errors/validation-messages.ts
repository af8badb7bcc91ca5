import type { Language } from "@callboard/contract";
import type { z } from "zod";

type Issue = z.core.$ZodIssue;

/**
 * One invalid field in the user's language. Zod's own texts are English and technical, so the
 * message is built from the issue's code and its bounds.
 */
export function issueMessage(issue: Issue, language: Language): string {
  const ru = language === "ru";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? ru
          ? "Обязательное поле."
          : "Required."
        : ru
          ? "Неверный тип значения."
          : "Wrong type of value.";
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? ru
            ? "Обязательное поле."
            : "Required."
          : ru
            ? `Не короче ${issue.minimum} символов.`
            : `At least ${issue.minimum} characters.`;
      }
      return ru ? `Не меньше ${issue.minimum}.` : `At least ${issue.minimum}.`;
    case "too_big":
      if (issue.origin === "string") {
        return ru
          ? `Не длиннее ${issue.maximum} символов.`
          : `At most ${issue.maximum} characters.`;
      }
      return ru ? `Не больше ${issue.maximum}.` : `At most ${issue.maximum}.`;
    case "invalid_format":
      return ru ? "Неверный формат." : "Wrong format.";
    case "invalid_value":
      return ru
        ? `Допустимые значения: ${issue.values.map(String).join(", ")}.`
        : `Allowed values: ${issue.values.map(String).join(", ")}.`;
    case "unrecognized_keys":
      return ru
        ? `Неизвестные поля: ${issue.keys.join(", ")}.`
        : `Unknown fields: ${issue.keys.join(", ")}.`;
    case "not_multiple_of":
      return ru
        ? `Должно быть кратно ${issue.divisor}.`
        : `Must be a multiple of ${issue.divisor}.`;
    default:
      // Custom refinements carry an English message written for people.
      if (issue.code === "custom") {
        return ru ? "Недопустимое значение или сочетание значений." : issue.message || "Not valid.";
      }
      return ru ? "Недопустимое значение." : "Not a valid value.";
  }
}
