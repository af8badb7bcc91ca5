import type { NotificationEvent } from "@callboard/callapi";

/**
 * One CallGear notification after tolerant parsing: numbers are numbers, lists are arrays,
 * empty values are absent. Only `event` and `callSessionId` are sure to be there.
 */
export interface CallNotice {
  event: NotificationEvent;
  callSessionId: number;
  /** As sent: the account's time zone, no zone in the value. */
  notificationTime?: string;
  /** When the BFF received it (ms since the epoch). */
  receivedAt: number;
  virtualPhoneNumber?: string;
  contactPhoneNumber?: string;
  communicationNumber?: string;
  contactId?: number;
  contactFullName?: string;
  scenarioName?: string;
  externalId?: string;
  employeeId?: number;
  employeeFullName?: string;
  employeePhoneNumber?: string;
  extensionPhoneNumber?: string;
  employeeIds?: number[];
  callSource?: string;
  /** in or out. */
  direction?: string;
  legId?: number;
  legIds?: number[];
  /** Seconds. */
  talkTimeDuration?: number;
  totalTimeDuration?: number;
  waitTimeDuration?: number;
  tagIds?: number[];
  tagNames?: string[];
  callStatus?: string;
  fileLink?: string;
  /** Seconds. */
  fileDuration?: number;
}

/** Where accepted, de-duplicated notices can be listened to (the live feed, the call history). */
export interface CallNoticeSource {
  subscribe(listener: (notice: CallNotice) => void): () => void;
}
