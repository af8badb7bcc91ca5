import type { MissedCall } from "@callboard/contract";
import type { Logger } from "pino";
import type { FeedBus } from "../feed/feed-bus";
import { serialiseFeedEvent } from "../feed/feed-bus";
import type { CallNotice, CallNoticeSource } from "../notifications/call-notice";
import { FeedObserver } from "./feed-observer";
import type { CallPatch, HistoryStore, LostCall, MissedCallStore } from "./history-store";
import { noticeLostCall, noticePatch } from "./notice-patch";

export interface CallHistoryOptions {
  store: HistoryStore;
  missed: MissedCallStore;
  bus: FeedBus;
  notices: CallNoticeSource;
  now: () => number;
  logger: Logger;
}

/**
 * Feeds the call history and the missed-call queue: notices (call finished, lost call,
 * recording completed), what the live feed saw of each call, and the report's rows
 * (report-reconciler.ts). Every change of the queue goes out on the feed bus as a `missed`
 * event, so every board sees a claim at once.
 */
export class CallHistory {
  readonly feed = new FeedObserver();
  private readonly unsubscribe: (() => void)[] = [];
  /** Writes in flight, so a test (and close) can wait for them. */
  private pending = Promise.resolve();

  constructor(private readonly options: CallHistoryOptions) {
    this.unsubscribe.push(
      options.notices.subscribe((notice) => this.enqueue(() => this.take(notice))),
    );
    this.unsubscribe.push(
      options.bus.subscribe((message) => {
        const finished = this.feed.observe(message.event);
        if (finished.length === 0) return;
        this.enqueue(async () => {
          for (const call of finished) {
            await options.store.upsert(call.patch);
            await this.settleCallBack(call.patch.callSessionId, call.answered, call.patch);
            if (call.lost) await this.addLost(call.lost);
          }
        });
      }),
    );
  }

  get store(): HistoryStore {
    return this.options.store;
  }

  get missed(): MissedCallStore {
    return this.options.missed;
  }

  /** Resolves once every notice and feed event taken so far is written. */
  idle(): Promise<void> {
    return this.pending;
  }

  close(): void {
    for (const stop of this.unsubscribe) stop();
  }

  /** A report row or a patch from elsewhere, with its effect on the queue. */
  async record(patch: CallPatch, lost?: LostCall): Promise<void> {
    await this.options.store.upsert(patch);
    if (patch.result === "answered") await this.settleCallBack(patch.callSessionId, true, patch);
    if (lost) await this.addLost(lost);
  }

  /** Tells every board that an item changed (or, without one, that the queue did). */
  async publish(item: MissedCall | null): Promise<void> {
    const summary = await this.options.missed.summary();
    const at = new Date(this.options.now()).toISOString();
    this.options.bus.publish(serialiseFeedEvent({ type: "missed", item, summary, at }));
  }

  private enqueue(work: () => Promise<void>): void {
    this.pending = this.pending.then(work).catch((error: unknown) => {
      this.options.logger.error({ err: error }, "call history could not be written");
    });
  }

  private async take(notice: CallNotice): Promise<void> {
    const patch = noticePatch(notice);
    if (!patch) return;
    await this.options.store.upsert(patch);
    if (notice.event === "call_finished" && patch.result) {
      await this.settleCallBack(notice.callSessionId, patch.result === "answered", patch);
    }
    const lost = noticeLostCall(notice);
    if (lost) await this.addLost(lost);
  }

  private async addLost(lost: LostCall): Promise<void> {
    // A caller who got through after this lost call needs no call-back (a late report row).
    const recent = await this.options.store.contact(lost.contactNumber, lost.lostAt, 20);
    const answeredLater = recent.calls.some(
      (call) =>
        call.result === "answered" &&
        call.callSessionId !== lost.callSessionId &&
        call.startedAt !== null &&
        Date.parse(call.startedAt) > lost.lostAt,
    );
    if (answeredLater) return;
    const item = await this.options.missed.addLost(lost);
    if (item) await this.publish(item);
  }

  /** A finished call: a call-back's outcome, and an answered call closes its contact's items. */
  private async settleCallBack(callSessionId: number, answered: boolean, patch: CallPatch) {
    const missed = this.options.missed;
    const callBack = await missed.callBackFinished(callSessionId, answered);
    if (callBack) await this.publish(callBack);
    if (!answered || !patch.contactNumber) return;
    const at = patch.startedAt ?? patch.finishedAt ?? this.options.now();
    for (const item of await missed.closeForContact(patch.contactNumber, at))
      await this.publish(item);
  }
}
