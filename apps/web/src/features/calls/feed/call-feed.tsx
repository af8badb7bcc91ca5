import { useCallFeed } from "./use-call-feed";

/** Mounted once by the shell while someone is logged in: keeps the board's data live. */
export function CallFeed() {
  useCallFeed();
  return null;
}
