/**
 * The requests index.html's first script (boot/early-start.ts) sends before the app's bundle has
 * even arrived: the session and, once the session is known, the live feed. The app takes them
 * over instead of sending its own, so the first board waits for the network and the bundle in
 * parallel rather than one after the other (the biggest step of the first load).
 */
export interface EarlyStream {
  source: EventSource;
  /** The feed's events received before the app listened, in order. */
  buffered: MessageEvent<string>[];
  /** Removes the buffering listeners (the app listens from now on). */
  stopBuffering(): void;
}

export interface EarlyStart {
  /** GET /api/session, sent by the boot script. */
  session?: Promise<Response>;
  stream?: EarlyStream;
  /** Set when the app took (or refused) the stream: the boot script opens none after that. */
  streamClaimed?: boolean;
}

declare global {
  interface Window {
    __callboardEarly?: EarlyStart;
  }
}

function early(): EarlyStart | undefined {
  return typeof window === "undefined" ? undefined : window.__callboardEarly;
}

/** The boot script's session reply, once: a later (re)fetch sends its own request. */
export function takeEarlySession(): Promise<Response> | undefined {
  const state = early();
  const session = state?.session;
  if (state) state.session = undefined;
  return session;
}

/** The boot script's event stream, if any, without taking it over (its events stay buffered). */
export function peekEarlyStream(): EarlyStream | undefined {
  return early()?.stream;
}

/**
 * The boot script's event stream, once, unless it already failed for good; from now on the boot
 * script opens none. The caller must call stopBuffering() after adding its own listeners.
 */
export function takeEarlyStream(): EarlyStream | undefined {
  const state = early();
  if (!state) return undefined;
  state.streamClaimed = true;
  const stream = state.stream;
  state.stream = undefined;
  if (stream && stream.source.readyState === EventSource.CLOSED) {
    stream.stopBuffering();
    return undefined;
  }
  return stream;
}

/** Nobody is logged in (or the session failed): close a stream the boot script may have opened. */
export function discardEarlyStream(): void {
  const stream = takeEarlyStream();
  if (!stream) return;
  stream.stopBuffering();
  stream.source.close();
}
