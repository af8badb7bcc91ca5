import type { Redis } from "ioredis";
import type { CallNotice, CallNoticeSource } from "../notifications/call-notice";

interface NoticeWire {
  from: string;
  notice: CallNotice;
}

/**
 * The notifications every instance took (the caller subscribes `subscriber` to `channel`), for the live feed of each. CallGear posts each one to
 * whichever instance the load balancer picks; that instance hands it to its listeners at once and
 * publishes it on Redis, and the others hand it to theirs. The feed of the instance holding the
 * leader lock applies it (the others' publishes would be fenced off anyway); the call history
 * listens to its own instance's ingest instead, so each notification is recorded once.
 */
export function shareNotices(options: {
  local: CallNoticeSource;
  redis: Redis;
  subscriber: Redis;
  channel: string;
  instanceId: string;
  logger?: { warn(obj: object, msg?: string): void };
}): CallNoticeSource {
  const { local, redis, subscriber, channel, instanceId } = options;
  const listeners = new Set<(notice: CallNotice) => void>();
  const emit = (notice: CallNotice) => {
    for (const listener of listeners) listener(notice);
  };
  subscriber.on("message", (from: string, payload: string) => {
    if (from !== channel) return;
    let wire: NoticeWire;
    try {
      wire = JSON.parse(payload) as NoticeWire;
    } catch {
      return;
    }
    if (wire.from !== instanceId) emit(wire.notice);
  });
  local.subscribe((notice) => {
    emit(notice);
    const wire: NoticeWire = { from: instanceId, notice };
    redis.publish(channel, JSON.stringify(wire)).catch((error: unknown) => {
      options.logger?.warn({ err: error }, "notification not shared (Redis)");
    });
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
