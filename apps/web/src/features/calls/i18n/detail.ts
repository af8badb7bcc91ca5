import type { Dictionary } from "../../../lib/i18n";

/** The selected call's detail pane. */
const en = {
  // detail
  detailTitle: "Call {id}",
  callEnded: "This call has ended.",
  direction: "Direction",
  contact: "Contact",
  virtualNumber: "Virtual number",
  started: "Started",
  duration: "Duration",
  tags: "Tags",
  noTags: "No tags",
  recordingOn: "Recording",
  recordingOff: "Not recording",
  participants: "Participants",
  legNumbers: "{from} → {to}",
  actions: "Actions",
  closeDetail: "Close details",
};

export const detailDict: Dictionary<keyof typeof en> = {
  en,
  ru: {
    detailTitle: "Звонок {id}",
    callEnded: "Звонок завершён.",
    direction: "Направление",
    contact: "Абонент",
    virtualNumber: "Виртуальный номер",
    started: "Начало",
    duration: "Длительность",
    tags: "Теги",
    noTags: "Без тегов",
    recordingOn: "Идёт запись",
    recordingOff: "Без записи",
    participants: "Участники",
    legNumbers: "{from} → {to}",
    actions: "Действия",
    closeDetail: "Закрыть подробности",
  },
};
