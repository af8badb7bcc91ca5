import type { Language } from "@callboard/contract";

type Hint = Record<Language, string>;

const credentialsHint: Hint = {
  en: "Callboard's CallGear credentials were rejected; ask your admin to check them.",
  ru: "CallGear отклонил учётные данные Callboard; попросите администратора проверить их.",
};

/** What the user can do, by mnemonic; where it depends on the action, by method too. */
const hints: Record<string, Hint> = {
  ip_not_whitelisted: {
    en: "Ask your admin to whitelist this server's IP address in CallGear (Account → Call API → IP addresses).",
    ru: "Попросите администратора добавить IP-адрес этого сервера в белый список CallGear (Аккаунт → Call API → IP-адреса).",
  },
  component_disabled: {
    en: "Ask your CallGear admin to enable the component.",
    ru: "Попросите администратора CallGear включить этот компонент.",
  },
  access_token_expired: credentialsHint,
  access_token_blocked: credentialsHint,
  access_token_invalid: credentialsHint,
  auth_error: credentialsHint,
  upstream_credentials_rejected: credentialsHint,
  limit_exceeded: {
    en: "Wait until the limit resets, or ask your admin to raise it in CallGear (Account → Rates and options).",
    ru: "Дождитесь сброса лимита или попросите администратора увеличить его в CallGear (Аккаунт → Тарифы и опции).",
  },
  account_inactive: {
    en: "Ask your admin to contact CallGear support.",
    ru: "Попросите администратора обратиться в поддержку CallGear.",
  },
  callgear_internal_error: {
    en: "Try again; if it keeps failing, contact CallGear support with the time of the request.",
    ru: "Повторите попытку; если ошибка повторяется, сообщите в поддержку CallGear время запроса.",
  },
  contact_in_blacklist: {
    en: "Remove the number from the blacklist in CallGear to call it.",
    ru: "Чтобы позвонить на этот номер, уберите его из чёрного списка в CallGear.",
  },
  tts_text_exceeded: { en: "Shorten the message.", ru: "Сократите сообщение." },
  call_session_not_found: {
    en: "The call has probably ended; the board will update.",
    ru: "Вероятно, звонок уже завершён; список обновится.",
  },
  leg_not_found: {
    en: "The participant has probably hung up; the board will update.",
    ru: "Вероятно, участник уже положил трубку; список обновится.",
  },
  coach_not_found: {
    en: "Ask your admin to set up the coach in CallGear.",
    ru: "Попросите администратора настроить тренера в CallGear.",
  },
  no_active_phone_number: {
    en: "Check the number, or the employee's phone numbers in CallGear.",
    ru: "Проверьте номер или телефоны сотрудника в CallGear.",
  },
  validation_failed: { en: "Correct the marked fields.", ru: "Исправьте отмеченные поля." },
  unauthenticated: { en: "Sign in again.", ru: "Войдите снова." },
  forbidden_role: {
    en: "Ask an admin for a role that allows this.",
    ru: "Попросите администратора о роли, которая это позволяет.",
  },
  csrf_failed: { en: "Reload the page and try again.", ru: "Обновите страницу и повторите." },
  too_many_login_attempts: {
    en: "Wait a few minutes, then try again.",
    ru: "Подождите несколько минут и повторите.",
  },
  upstream_unreachable: {
    en: "Try again in a few seconds; if it persists, ask your admin to check the connection to CallGear.",
    ru: "Повторите через несколько секунд; если не поможет, попросите администратора проверить связь с CallGear.",
  },
  upstream_http_error: {
    en: "Try again in a moment.",
    ru: "Повторите чуть позже.",
  },
  upstream_malformed_reply: {
    en: "Check the call on the board before trying again; if it keeps happening, tell your admin.",
    ru: "Проверьте звонок в списке, прежде чем повторять; если это повторяется, сообщите администратору.",
  },
};

/** invalid_state: what must happen first depends on the action tried. */
const invalidStateHints: Record<string, Hint> = {
  "hold.call": {
    en: "The call must be in conversation to put it on hold.",
    ru: "Поставить на удержание можно только звонок в состоянии разговора.",
  },
  "unhold.call": { en: "The call is not on hold.", ru: "Звонок не на удержании." },
  "make.call": { en: "Put the call on hold first.", ru: "Сначала поставьте звонок на удержание." },
  "transfer.talk": {
    en: "Dial someone first (consult), then transfer or return.",
    ru: "Сначала наберите номер (консультация), затем переведите или вернитесь.",
  },
  "restore.talk": {
    en: "Dial someone first (consult), then transfer or return.",
    ru: "Сначала наберите номер (консультация), затем переведите или вернитесь.",
  },
  "call.talk_option": {
    en: "This option is not available at this stage of the call.",
    ru: "Эта опция недоступна на этом этапе звонка.",
  },
};
const invalidStateDefault: Hint = {
  en: "The call has changed; look at its current state and try again.",
  ru: "Звонок изменился; посмотрите его текущее состояние и повторите.",
};

/** A timeout may hide a done deed: say so where repeating it would do harm. */
function timeoutHint(method: string | undefined): Hint {
  if (method?.startsWith("start.")) {
    return {
      en: "The call may already have been placed; check the board before dialling again.",
      ru: "Звонок мог уже начаться; проверьте список, прежде чем набирать снова.",
    };
  }
  if (method === "list.calls" || method === "list.talk_options" || method?.startsWith("get.")) {
    return { en: "Try again in a moment.", ru: "Повторите чуть позже." };
  }
  return {
    en: "The action may have been carried out; check the call before trying again.",
    ru: "Действие могло быть выполнено; проверьте звонок, прежде чем повторять.",
  };
}

/** recording cannot be switched off when CallGear records every call of the employee. */
const forbiddenRecording: Hint = {
  en: "Recording is switched on for this employee in CallGear and cannot be stopped here.",
  ru: "Запись включена для сотрудника в настройках CallGear и не может быть остановлена здесь.",
};
const forbiddenDefault: Hint = {
  en: "Ask your CallGear admin for access to this action.",
  ru: "Попросите администратора CallGear открыть доступ к этому действию.",
};

export function hintFor(
  mnemonic: string,
  language: Language,
  context?: { method?: string },
): string | undefined {
  const method = context?.method;
  switch (mnemonic) {
    case "invalid_state":
      return (invalidStateHints[method ?? ""] ?? invalidStateDefault)[language];
    case "upstream_timeout":
      return timeoutHint(method)[language];
    case "forbidden":
      return (
        method === "record.call" || method === "call.talk_option"
          ? forbiddenRecording
          : forbiddenDefault
      )[language];
    default:
      return hints[mnemonic]?.[language];
  }
}
