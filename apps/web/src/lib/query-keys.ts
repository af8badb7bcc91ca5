import type { DirectoryKind } from "@callboard/contract";

/** Every TanStack Query key of the console, general to specific; nothing else builds keys. */
export const queryKeys = {
  session: ["session"] as const,
  calls: ["calls"] as const,
  budget: ["budget"] as const,
  directory: (kind: DirectoryKind) => ["directory", kind] as const,
  talkOptions: ["talk-options"] as const,
  limits: ["limits"] as const,
  notificationKit: ["notifications", "kit"] as const,
  notificationStatus: ["notifications", "status"] as const,
  audit: (filters: Record<string, unknown>) => ["audit", filters] as const,
  users: ["users"] as const,
  missed: ["missed-calls"] as const,
  missedSummary: ["missed-calls", "summary"] as const,
  history: (filters: Record<string, unknown>) => ["history", filters] as const,
  historyCall: (callSessionId: number) => ["history", "call", callSessionId] as const,
  /** Per call as well as per number: the context loads once for each call it is shown on. */
  contactHistory: (number: string, callSessionId: number) =>
    ["history", "contact", number, callSessionId] as const,
};
