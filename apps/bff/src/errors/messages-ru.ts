/** Russian messages; the same keys and `{placeholders}` as messages-en.ts. */
export const messagesRu: Record<string, string> = {
  // Ошибки CallGear, общие для всех методов.
  parse_error: "CallGear не смог прочитать запрос, отправленный Callboard.",
  invalid_request: "CallGear отклонил запрос как некорректный.",
  method_not_found: "Эта функция недоступна в CallGear.",
  access_token_expired: "Срок действия ключа доступа Callboard к CallGear истёк.",
  access_token_blocked: "Ключ доступа Callboard к CallGear заблокирован.",
  access_token_invalid: "CallGear не принял ключ доступа Callboard.",
  auth_error: "CallGear отклонил логин или пароль Callboard.",
  limit_exceeded: "Лимит Call API за {limit_type} исчерпан (лимит: {limit_max_value} баллов).",
  component_disabled: "Компонент CallGear {component_name} отключён.",
  ip_not_whitelisted: "CallGear не принимает запросы с IP-адреса этого сервера {ip}.",
  forbidden: "CallGear запретил это действие.",
  account_inactive: "Аккаунт CallGear отключён.",
  call_session_not_found: "Звонок не найден; возможно, он уже завершён.",
  internal_error: "Что-то пошло не так.",
  callgear_internal_error: "Внутренняя ошибка CallGear.",
  data_type_error: "Значение неверного типа.",
  required_parameter_missed: "Не заполнено обязательное значение.",
  invalid_parameter_value: "Недопустимое значение.",
  unexpected_parameters: "В запросе есть значение, которого CallGear не ожидает.",
  batch_opreations_not_supported: "CallGear не поддерживает пакетные запросы.",
  notifications_not_supported: "CallGear не поддерживает запросы без идентификатора.",

  // Ошибки отдельных методов.
  invalid_parameters_combination: "Эти параметры нельзя использовать вместе.",
  tts_text_exceeded:
    "Сообщение слишком длинное для синтеза речи: {sent_tts_message_length} символов, допустимо не более {tts_message_max_length}.",
  media_file_not_found: "Медиафайл {media_file_id} не найден.",
  virtual_phone_number_not_found:
    "Виртуальный номер {virtual_phone_number} не найден: он не принадлежит этому аккаунту.",
  employee_not_found: "Сотрудник {employee_id} не найден в этом аккаунте.",
  no_active_phone_number: "Номер телефона не существует или неактивен.",
  own_virtual_phone_number_not_allowed: "Нельзя звонить на собственный виртуальный номер аккаунта.",
  contact_in_blacklist: "Номер {contact} находится в чёрном списке.",
  character_encoding_not_allowed: "Текст должен быть в кодировке UTF-8.",
  scenario_not_found: "Сценарий {scenario_id} не найден.",
  invalid_state: "Это действие невозможно в текущем состоянии звонка.",
  tag_not_found: "Тег {tag_id} не найден.",
  duplicate_tag: "У звонка уже есть этот тег.",
  leg_not_found: "Этот участник уже не в разговоре.",
  coach_not_found: "Тренер с таким номером не настроен.",
  record_already_started: "Запись звонка уже идёт.",
  record_already_stopped: "Звонок не записывается.",
  duplicate_contact: "Номер {contact_phone_number} уже в чёрном списке.",
  talk_option_not_found: "Опция разговора не найдена.",

  // Собственные ошибки Callboard.
  validation_failed: "Некоторые значения недопустимы.",
  bad_request: "Запрос не удалось прочитать.",
  unauthenticated: "Пожалуйста, войдите в систему.",
  invalid_credentials: "Неверное имя пользователя или пароль.",
  invalid_current_password: "Текущий пароль указан неверно.",
  user_disabled: "Эта учётная запись отключена.",
  forbidden_role: "Ваша роль не позволяет это сделать.",
  csrf_failed: "Не удалось проверить запрос.",
  not_found: "Не найдено.",
  too_many_login_attempts: "Слишком много попыток входа.",
  too_many_streams:
    "Для этого пользователя или адреса открыто слишком много живых досок; закройте одну.",
  idempotency_key_reused: "Этот запрос уже был отправлен с другим содержимым.",
  payload_too_large: "Запрос слишком большой.",
  unsupported_media_type: "Запрос должен быть отправлен в формате JSON.",
  user_exists: "Пользователь с таким именем уже существует.",
  webhook_unauthorized: "Неверный секрет вебхука.",
  webhook_secret_missing:
    "Уведомления выключены: задайте CALLBOARD_WEBHOOK_SECRET (16+ символов) и перезапустите Callboard.",
  missed_call_claimed: "Этот пропущенный звонок уже взял другой оператор.",
  missed_call_closed: "Этот пропущенный звонок уже закрыт.",
  missed_call_busy: "Перезвон по этому пропущенному звонку уже идёт.",
  no_linked_employee:
    "Ваш пользователь не связан с сотрудником CallGear, поэтому Callboard не может позвонить с вашего телефона.",
  wrap_up_closed: "Время для заметки к этому звонку истекло.",
  upstream_timeout: "CallGear не ответил вовремя.",
  upstream_unreachable: "CallGear недоступен.",
  upstream_malformed_reply: "CallGear прислал ответ, который Callboard не смог прочитать.",
  upstream_http_error: "Сервер CallGear ответил ошибкой.",
  upstream_credentials_rejected: "CallGear отклонил учётные данные Callboard.",
  unknown_error: "CallGear отклонил запрос ({mnemonic}).",
};

export const fallbacksRu: Record<string, string> = {
  limit_exceeded: "Лимит Call API исчерпан.",
  component_disabled: "Нужный для этого компонент CallGear отключён.",
  ip_not_whitelisted: "CallGear не принимает запросы с IP-адреса этого сервера.",
  tts_text_exceeded: "Сообщение слишком длинное для синтеза речи.",
  media_file_not_found: "Медиафайл не найден.",
  virtual_phone_number_not_found: "Виртуальный номер не принадлежит этому аккаунту.",
  employee_not_found: "Сотрудник не найден в этом аккаунте.",
  contact_in_blacklist: "Номер находится в чёрном списке.",
  scenario_not_found: "Сценарий не найден.",
  tag_not_found: "Тег не найден.",
  duplicate_contact: "Номер уже в чёрном списке.",
  unknown_error: "CallGear отклонил запрос.",
};

/** `params.limit_type` in the accusative, as "за {limit_type}" needs it. */
export const limitTypesRu: Record<string, string> = { minute: "минуту", day: "сутки" };
