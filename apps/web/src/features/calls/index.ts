export { BoardPage } from "./components/board-page";
export type { PaneExtrasProps } from "./components/call-detail-pane";
export { ConnectionIndicator } from "./components/connection-indicator";
export { ShortcutsHelp } from "./components/shortcuts-help";
export { CallFeed } from "./feed/call-feed";
export { useFeedMode } from "./feed/feed-status-store";
