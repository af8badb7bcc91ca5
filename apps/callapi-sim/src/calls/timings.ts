/**
 * How long things take on the simulated clock (README.md documents them): constant, so a test
 * knows that advancing 3 s answers a ringing leg.
 */
export const RING_MS = 3_000;
/** (C) dialled by make.call answers after this. */
export const THIRD_PARTY_RING_MS = 5_000;
export const COACH_RING_MS = 2_000;
/** A busy number ("...486") rejects the call after this. */
export const BUSY_MS = 2_000;
/** start.* calls give up on a party that does not answer (informer: its dialing_timeout). */
export const DIAL_TIMEOUT_MS = 30_000;
/** make.call gives up on (C) after this: DIALING -> HOLD. */
export const CONSULT_DIAL_TIMEOUT_MS = 20_000;
export const POST_TALK_MS = 3_000;
export const FINISHING_MS = 2_000;
/** A send.dtmf leg shows "Sending dtmf" for this long per symbol. */
export const DTMF_SYMBOL_MS = 500;
/** Random talk time of start.* and inbound calls before the contact hangs up. */
export const AUTO_HANGUP_MIN_S = 120;
export const AUTO_HANGUP_MAX_S = 300;
/** If the contact would hang up while not in TALK, it tries again this much later. */
export const AUTO_HANGUP_RETRY_MS = 30_000;

/** Seconds a message takes to play: a media file's duration, or ~12 characters a second of TTS. */
export function ttsSeconds(text: string): number {
  return Math.max(1, Math.ceil(text.length / 12));
}

/**
 * Magic numbers: what happens when a number is dialled.
 * - ends in "000": never answers (the dial times out);
 * - ends in "486": busy, rejects after BUSY_MS;
 * - anything else answers after `ringMs`.
 */
export type DialOutcome = { kind: "answer"; afterMs: number } | { kind: "fail"; afterMs: number };

export function dialOutcome(number: string, ringMs: number, timeoutMs: number): DialOutcome {
  const digits = number.replace(/\D/g, "");
  if (digits.endsWith("000")) return { kind: "fail", afterMs: timeoutMs };
  if (digits.endsWith("486")) return { kind: "fail", afterMs: BUSY_MS };
  return { kind: "answer", afterMs: ringMs };
}
