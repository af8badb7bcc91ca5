import type { Dictionary } from "../../lib/i18n";

const en = {
  title: "CallGear notifications",
  intro:
    "CallGear's notification server tells Callboard about every call event at no cost in API points. Set up one notification per trigger below; Callboard then polls list.calls only to reconcile.",
  loadFailed: "The notification kit could not be loaded.",
  stepsTitle: "Set up, once per trigger",
  step1:
    "In the CallGear client area open Notifications (Russian UI: Уведомления) and add a notification.",
  step2: "Pick the trigger named below (English and Russian names given).",
  step3: "Method: POST. Address: the URL below (the secret is in it; keep it private).",
  step4: "Paste the body below as the request body, unchanged, and save.",
  step5: "Make a test call: the trigger's line below shows when its first notification arrived.",
  url: "URL",
  method: "Method",
  body: "Body",
  copy: "Copy",
  copied: "Copied",
  copyUrl: "Copy the URL",
  copyBody: "Copy the body of {trigger}",
  triggerRu: "In the Russian UI: {name}",
  waiting: "Waiting for the first '{trigger}'",
  lastAt: "Last arrived at {time}; {accepted} accepted, {duplicates} repeats ignored",
  refused: "Refused: {reasons}",
  unattributed: "Refused without a trigger: {reasons}",
  reason_wrong_secret: "wrong secret",
  reason_not_json: "not JSON",
  reason_not_an_object: "not a JSON object",
  reason_unknown_event: "unknown event",
  reason_no_call_session_id: "no call_session_id",
  disabled: "Notifications are off on this server: set CALLBOARD_WEBHOOK_SECRET and restart.",
};
type Key = keyof typeof en;

const ru: Record<Key, string> = {
  title: "Уведомления CallGear",
  intro:
    "Сервер уведомлений CallGear сообщает Callboard о каждом событии звонка, не тратя баллы API. Настройте по одному уведомлению на каждое событие ниже; тогда Callboard опрашивает list.calls только для сверки.",
  loadFailed: "Не удалось загрузить набор для уведомлений.",
  stepsTitle: "Настройка, для каждого события",
  step1:
    "В личном кабинете CallGear откройте «Уведомления» (англ.: Notifications) и добавьте уведомление.",
  step2: "Выберите событие, названное ниже (даны русское и английское названия).",
  step3: "Метод: POST. Адрес: URL ниже (в нём секрет; не публикуйте его).",
  step4: "Вставьте тело ниже как тело запроса без изменений и сохраните.",
  step5: "Сделайте тестовый звонок: в строке события ниже появится время первого уведомления.",
  url: "URL",
  method: "Метод",
  body: "Тело",
  copy: "Копировать",
  copied: "Скопировано",
  copyUrl: "Скопировать URL",
  copyBody: "Скопировать тело для «{trigger}»",
  triggerRu: "В английском интерфейсе: {name}",
  waiting: "Ждём первое «{trigger}»",
  lastAt: "Последнее пришло в {time}; принято {accepted}, повторов пропущено {duplicates}",
  refused: "Отклонено: {reasons}",
  unattributed: "Отклонено без события: {reasons}",
  reason_wrong_secret: "неверный секрет",
  reason_not_json: "не JSON",
  reason_not_an_object: "не объект JSON",
  reason_unknown_event: "неизвестное событие",
  reason_no_call_session_id: "нет call_session_id",
  disabled:
    "Уведомления на этом сервере выключены: задайте CALLBOARD_WEBHOOK_SECRET и перезапустите.",
};

/** The notification kit page (admins). */
export const notificationsDictionary: Dictionary<Key> = { en, ru };
export type NotificationsKey = Key;
