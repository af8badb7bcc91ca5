import { type NotificationEvent, notificationTriggers } from "@callboard/callapi";
import { SeededRandom } from "../random";
import { DeliveryQueue } from "./delivery-queue";
import {
  type DeliverySettings,
  type DeliveryUpdate,
  mergeDelivery,
  type NotificationConfig,
  parseNotificationList,
} from "./notification-schemas";
import type { VariableValues } from "./notification-values";
import { renderTemplate } from "./render-template";

interface ConfiguredNotification {
  config: NotificationConfig;
  sent: number;
  failed: number;
}

/** A configured notification as the control API lists it. */
export interface NotificationView extends NotificationConfig {
  sent: number;
  failed: number;
}

const triggerOf = new Map(notificationTriggers.map((trigger) => [trigger.event, trigger]));

/** Keeps the delivery's random draws apart from the world's, so configuring none changes nothing. */
const DELIVERY_SEED_SALT = 0x6e6f7466;

/**
 * CallGear's notification server: the notifications the account admin configured, each
 * rendered from its body template when its trigger fires and posted fire-and-forget with the
 * delay, reordering and duplicates of the delivery settings (seeded). Outcomes are counted per
 * notification; a failed post never reaches the call that caused it.
 */
export class NotificationServer {
  private configured: ConfiguredNotification[] = [];
  private queues = new Map<string, DeliveryQueue>();
  private random: SeededRandom;
  /** Bumped by reset, so a post still under way from before it is not counted after it. */
  private generation = 0;

  private settings: DeliverySettings;

  constructor(
    private readonly initialSettings: DeliverySettings,
    seed: number,
  ) {
    this.settings = { ...initialSettings };
    this.random = new SeededRandom(seed ^ DELIVERY_SEED_SALT);
  }

  /** Replaces the list; throws (naming the problems) on an invalid one. */
  configure(list: readonly NotificationConfig[]): NotificationView[] {
    this.configured = parseNotificationList(list).map((config) => ({
      config: { ...config },
      sent: 0,
      failed: 0,
    }));
    return this.list();
  }

  list(): NotificationView[] {
    return this.configured.map(({ config, sent, failed }) => ({ ...config, sent, failed }));
  }

  get delivery(): DeliverySettings {
    return { ...this.settings };
  }

  /** Merges `update` into the settings; throws (naming the problems) on a bad one. */
  setDelivery(update: DeliveryUpdate): DeliverySettings {
    this.settings = mergeDelivery(this.settings, update);
    return this.delivery;
  }

  /** Whether any notification is configured for the trigger. */
  wants(event: NotificationEvent): boolean {
    return this.configured.some((notification) => notification.config.trigger === event);
  }

  /** A trigger fired: posts every notification configured for it. */
  notify(event: NotificationEvent, values: VariableValues, notificationTime: string): void {
    const trigger = triggerOf.get(event);
    if (!trigger) return;
    for (const notification of this.configured) {
      if (notification.config.trigger !== event) continue;
      const body = renderTemplate(
        notification.config.body,
        {
          ...values,
          notification_name: notification.config.name ?? trigger.trigger,
          notification_mnemonic: event,
          notification_time: notificationTime,
        },
        trigger.variables,
      );
      this.deliver(notification, body);
    }
  }

  private deliver(notification: ConfiguredNotification, body: string): void {
    const { delayMinMs, delayMaxMs, reorderRate, duplicateRate } = this.settings;
    // Always the same four draws, so one decision never shifts the next notification's.
    const delay = this.random.int(delayMinMs, delayMaxMs);
    const overtake = this.random.next() < reorderRate;
    const duplicate = this.random.next() < duplicateRate;
    const duplicateDelay = this.random.int(delayMinMs, delayMaxMs);
    const queue = this.queueFor(notification.config.url);
    const generation = this.generation;
    const settle = (ok: boolean) => {
      if (generation !== this.generation) return;
      if (ok) notification.sent += 1;
      else notification.failed += 1;
    };
    const now = Date.now();
    queue.enqueue({ body, dueAt: now + delay, settle }, overtake);
    if (duplicate) queue.enqueue({ body, dueAt: now + delay + duplicateDelay, settle });
  }

  private queueFor(url: string): DeliveryQueue {
    let queue = this.queues.get(url);
    if (!queue) {
      queue = new DeliveryQueue(url);
      this.queues.set(url, queue);
    }
    return queue;
  }

  /** Posts still waiting or under way, across every URL. */
  get pending(): number {
    let count = 0;
    for (const queue of this.queues.values()) count += queue.size;
    return count;
  }

  /**
   * The simulator's reset: the list stays (it is the admin's set-up); counts and queues go and
   * the delivery settings return to the simulator's options.
   */
  reset(seed: number): void {
    this.generation += 1;
    this.close();
    this.settings = { ...this.initialSettings };
    this.random = new SeededRandom(seed ^ DELIVERY_SEED_SALT);
    for (const notification of this.configured) {
      notification.sent = 0;
      notification.failed = 0;
    }
  }

  close(): void {
    for (const queue of this.queues.values()) queue.close();
    this.queues.clear();
  }
}
