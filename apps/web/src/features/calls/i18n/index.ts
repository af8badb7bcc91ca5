import type { Dictionary } from "../../../lib/i18n";
import { actionsDict } from "./actions";
import { boardDict } from "./board";
import { detailDict } from "./detail";
import { dialogsDict } from "./dialogs";
import { shortcutsDict } from "./shortcuts";

type KeyOf<D> = D extends Dictionary<infer K> ? K : never;

export type CallsKey =
  | KeyOf<typeof boardDict>
  | KeyOf<typeof detailDict>
  | KeyOf<typeof actionsDict>
  | KeyOf<typeof dialogsDict>
  | KeyOf<typeof shortcutsDict>;

/** The calls feature's strings, composed from one file per area of the console. */
export const callsDict: Dictionary<CallsKey> = {
  en: {
    ...boardDict.en,
    ...detailDict.en,
    ...actionsDict.en,
    ...dialogsDict.en,
    ...shortcutsDict.en,
  },
  ru: {
    ...boardDict.ru,
    ...detailDict.ru,
    ...actionsDict.ru,
    ...dialogsDict.ru,
    ...shortcutsDict.ru,
  },
};
