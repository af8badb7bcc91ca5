import type { Dictionary } from "../../lib/i18n";

type Key =
  | "title"
  | "subtitle"
  | "username"
  | "password"
  | "submit"
  | "demoHint"
  | "language"
  | "loggedOut"
  | "required";

export const authDict: Dictionary<Key> = {
  en: {
    title: "Callboard",
    subtitle: "Log in to the operator console",
    username: "Username",
    password: "Password",
    submit: "Log in",
    demoHint: "Demo accounts: operator, supervisor, admin; password demo.",
    language: "Language",
    loggedOut: "You are logged out.",
    required: "Required",
  },
  ru: {
    title: "Callboard",
    subtitle: "Вход в консоль оператора",
    username: "Имя пользователя",
    password: "Пароль",
    submit: "Войти",
    demoHint: "Демо-учётные записи: operator, supervisor, admin; пароль demo.",
    language: "Язык",
    loggedOut: "Вы вышли из системы.",
    required: "Обязательное поле",
  },
};
