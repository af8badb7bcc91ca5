import type { Dictionary } from "../lib/i18n";

type Key =
  | "appName"
  | "navBoard"
  | "navDialer"
  | "navLimits"
  | "navNotifications"
  | "navUsers"
  | "navAudit"
  | "navMissed"
  | "navMissedCount"
  | "navHistory"
  | "navSettings"
  | "mainNav"
  | "menu"
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
  | "demo"
  | "deprecatedTitle"
  | "deprecatedText"
  | "dismiss";

export const appDict: Dictionary<Key> = {
  en: {
    appName: "Callboard",
    navBoard: "Board",
    navDialer: "Dialer",
    navLimits: "Limits",
    navNotifications: "Notifications",
    navUsers: "Users",
    navAudit: "Audit log",
    navMissed: "Missed",
    navMissedCount: {
      by: "count",
      one: "{count} missed call waiting",
      other: "{count} missed calls waiting",
    },
    navHistory: "Recent calls",
    navSettings: "Settings",
    mainNav: "Main",
    menu: "Menu",
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
    deprecatedTitle: "This Call API version is deprecated",
    deprecatedText:
      "CallGear will retire the API version Callboard uses. Everything works for now; your admin should plan the move (see the Limits page).",
    dismiss: "Dismiss",
  },
  ru: {
    appName: "Callboard",
    navBoard: "Звонки",
    navDialer: "Набор",
    navLimits: "Лимиты",
    navNotifications: "Уведомления",
    navUsers: "Пользователи",
    navAudit: "Журнал",
    navMissed: "Пропущенные",
    navMissedCount: {
      by: "count",
      one: "{count} пропущенный звонок ждёт перезвона",
      few: "{count} пропущенных звонка ждут перезвона",
      many: "{count} пропущенных звонков ждут перезвона",
      other: "{count} пропущенного звонка ждут перезвона",
    },
    navHistory: "Последние звонки",
    navSettings: "Настройки",
    mainNav: "Главное меню",
    menu: "Меню",
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
    deprecatedTitle: "Эта версия Call API устарела",
    deprecatedText:
      "CallGear отключит версию API, которую использует Callboard. Пока всё работает; администратору стоит запланировать переход (см. страницу «Лимиты»).",
    dismiss: "Скрыть",
  },
};
