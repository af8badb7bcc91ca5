/**
 * Commands from the board's keyboard shortcuts to the (lazily loaded) call detail pane, which
 * owns the dialogs and mutations. A command issued before the pane has loaded waits for it.
 */
export type BoardCommand =
  | "toggleHold"
  | "transfer"
  | "blindTransfer"
  | "keypad"
  | "toggleRecording"
  | "tag"
  | "end"
  | "focusActions";

type Handler = (command: BoardCommand) => void;

let handler: Handler | null = null;
let queued: BoardCommand | null = null;

export function issueCommand(command: BoardCommand): void {
  if (handler) handler(command);
  else queued = command;
}

/** The detail pane registers itself; returns the unregister function. */
export function handleCommands(next: Handler): () => void {
  handler = next;
  if (queued) {
    const command = queued;
    queued = null;
    next(command);
  }
  return () => {
    if (handler === next) handler = null;
  };
}
