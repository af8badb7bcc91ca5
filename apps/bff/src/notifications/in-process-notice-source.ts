import type { CallNotice, CallNoticeSource } from "./call-notice";

/** A CallNoticeSource that its owner feeds by hand: the default of createApp, and tests' driver. */
export interface InProcessNoticeSource extends CallNoticeSource {
  emit(notice: CallNotice): void;
}

export function createInProcessNoticeSource(): InProcessNoticeSource {
  const listeners = new Set<(notice: CallNotice) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(notice) {
      for (const listener of listeners) listener(notice);
    },
  };
}
