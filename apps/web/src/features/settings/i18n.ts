import type { Dictionary } from "../../lib/i18n";

const en = {
  title: "Settings",
  intro: "Kept in this browser, for you only.",
  language: "Language",
  theme: "Theme",
  light: "Light",
  dark: "Dark",
  holdMessage: "Default hold message",
  holdHelp: "What a caller hears on hold when you do not choose anything else.",
  holdNone: "Server default",
  holdMedia: "Media file",
  holdTts: "Text to speech",
  holdKind: "Kind of hold message",
  holdFile: "Media file",
  holdText: "Text to speak",
  holdSave: "Save hold message",
  holdSaved: "Hold message saved.",
  holdRequired: "Pick a media file or enter the text.",
  pick: "Pick…",
  alerts: "New calls",
  desktopNotifications: "Desktop notifications",
  desktopHelp: "A system notification when a new incoming call appears.",
  notificationsDenied:
    "The browser blocks notifications for this site. Allow them in its site settings.",
  notificationsUnsupported: "This browser cannot show desktop notifications.",
  sound: "Sound",
  soundHelp: "A short tone when a new incoming call appears.",
};

type Key = keyof typeof en;

const ru: Record<Key, string> = {
  title: "Настройки",
  intro: "Хранятся в этом браузере, только для вас.",
  language: "Язык",
  theme: "Тема",
  light: "Светлая",
  dark: "Тёмная",
  holdMessage: "Сообщение при удержании",
  holdHelp: "Что слышит абонент на удержании, если не выбрать другое.",
  holdNone: "По умолчанию сервера",
  holdMedia: "Медиафайл",
  holdTts: "Синтез речи",
  holdKind: "Вид сообщения при удержании",
  holdFile: "Медиафайл",
  holdText: "Текст для синтеза",
  holdSave: "Сохранить сообщение",
  holdSaved: "Сообщение при удержании сохранено.",
  holdRequired: "Выберите медиафайл или введите текст.",
  pick: "Выберите…",
  alerts: "Новые звонки",
  desktopNotifications: "Уведомления на рабочем столе",
  desktopHelp: "Системное уведомление о новом входящем звонке.",
  notificationsDenied:
    "Браузер запрещает уведомления для этого сайта. Разрешите их в настройках сайта.",
  notificationsUnsupported: "Этот браузер не умеет показывать уведомления.",
  sound: "Звук",
  soundHelp: "Короткий сигнал при новом входящем звонке.",
};

export const settingsDictionary: Dictionary<Key> = { en, ru };
