import { z } from "zod";
import { roleNames } from "./role-rank";

/** Dashboard roles (role-rank.ts: their order, hasRole). */
export const roleSchema = z.enum(roleNames);

/** UI languages; also the languages of every error message. */
export const languageSchema = z.enum(["en", "ru"]);
export type Language = z.infer<typeof languageSchema>;
