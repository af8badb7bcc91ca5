import type { Dictionary } from "../../../lib/i18n";

/** The keyboard shortcuts and their help. */
const en = {
  // shortcuts
  shortcuts: "Keyboard shortcuts",
  shortcutsButton: "Shortcuts (?)",
  sc_next: "Next call",
  sc_previous: "Previous call",
  sc_open: "Go to the selected call's actions",
  sc_hold: "Hold or resume",
  sc_transfer: "Consult & transfer",
  sc_blind: "Blind transfer",
  sc_keypad: "Keypad",
  sc_record: "Recording on or off",
  sc_tag: "Tag",
  sc_end: "End call",
  sc_search: "Search",
  sc_help: "This help",
  sc_note: "Shortcuts work when no text field has focus. Tab and Enter reach every action too.",
};

export const shortcutsDict: Dictionary<keyof typeof en> = {
  en,
  ru: {
    shortcuts: "Горячие клавиши",
    shortcutsButton: "Клавиши (?)",
    sc_next: "Следующий звонок",
    sc_previous: "Предыдущий звонок",
    sc_open: "К действиям выбранного звонка",
    sc_hold: "Удержать или снять с удержания",
    sc_transfer: "Консультация и перевод",
    sc_blind: "Слепой перевод",
    sc_keypad: "Клавиатура",
    sc_record: "Включить или выключить запись",
    sc_tag: "Тег",
    sc_end: "Завершить звонок",
    sc_search: "Поиск",
    sc_help: "Эта справка",
    sc_note:
      "Клавиши работают, когда фокус не в текстовом поле. Tab и Enter тоже ведут к любому действию.",
  },
};
