import type { Dictionary } from "../lib/i18n";

type Key =
  | "appName"
  | "navBoard"
  | "navDialer"
  | "navLimits"
  | "navUsers"
  | "navAudit"
  | "navMissed"
  | "navMissedCount"
  | "navHistory"
  | "navSettings"
  | "mainNav"
  | "userMenu"
  | "logout"
  | "roleOperator"
  | "roleSupervisor"
  | "roleAdmin"
  | "loading"
  | "notFound"
  | "backToBoard"
  | "retryAfter"
  | "loadFailed"
  | "reload"
  | "demo";

export const appDict: Dictionary<Key> = {
  en: {
    appName: "Callboard",
    navBoard: "Board",
    navDialer: "Dialer",
    navLimits: "Limits",
    navUsers: "Users",
    navAudit: "Audit log",
    navMissed: "Missed",
    navMissedCount: "{count} missed calls waiting",
    navHistory: "Recent calls",
    navSettings: "Settings",
    mainNav: "Main",
    userMenu: "Account of {name}",
    logout: "Log out",
    roleOperator: "Operator",
    roleSupervisor: "Supervisor",
    roleAdmin: "Admin",
    loading: "Loading…",
    notFound: "This page does not exist.",
    backToBoard: "Back to the board",
    retryAfter: "The API budget is spent. Actions are held back for {seconds} s.",
    loadFailed: "Cannot reach the Callboard server.",
    reload: "Try again",
    demo: "Demo (simulator)",
  },
  ru: {
    appName: "Callboard",
    navBoard: "Звонки",
    navDialer: "Набор",
    navLimits: "Лимиты",
    navUsers: "Пользователи",
    navAudit: "Журнал",
    navMissed: "Пропущенные",
    navMissedCount: "Ждут перезвона: {count}",
    navHistory: "Последние звонки",
    navSettings: "Настройки",
    mainNav: "Главное меню",
    userMenu: "Учётная запись {name}",
    logout: "Выйти",
    roleOperator: "Оператор",
    roleSupervisor: "Супервизор",
    roleAdmin: "Администратор",
    loading: "Загрузка…",
    notFound: "Такой страницы нет.",
    backToBoard: "Вернуться к звонкам",
    retryAfter: "Бюджет API исчерпан. Действия приостановлены на {seconds} с.",
    loadFailed: "Нет связи с сервером Callboard.",
    reload: "Повторить",
    demo: "Демо (симулятор)",
  },
};
