import type { DataMethodName } from "@callboard/callapi";
import type { DirectoryKind, TalkOption } from "@callboard/contract";
import type { CallApiClient } from "../upstream";
import {
  toDirectoryEmployee,
  toDirectoryMediaFile,
  toDirectoryScenario,
  toDirectoryTag,
  toDirectoryVirtualNumber,
  toTalkOption,
} from "./directory-mappers";
import { type DirectoryCache, TtlCache } from "./ttl-cache";

export const directoryMethods = {
  tags: "get.tags",
  employees: "get.employees",
  "virtual-numbers": "get.virtual_numbers",
  scenarios: "get.scenarios",
  "media-files": "get.media_files",
} as const satisfies Record<DirectoryKind, DataMethodName>;

/**
 * The pickers' lists, cached for a minute with single flight: a room full of operators opening
 * the dialer at once costs one Data API request per list.
 */
export class DirectoryService {
  private readonly cache: DirectoryCache;

  constructor(
    private readonly callApi: CallApiClient,
    options: { ttlMs?: number; now?: () => number; cache?: DirectoryCache } = {},
  ) {
    this.cache = options.cache ?? new TtlCache(options.ttlMs ?? 60_000, options.now);
  }

  list(kind: DirectoryKind): Promise<unknown[]> {
    return this.cache.get(kind, () => this.load(kind));
  }

  talkOptions(): Promise<TalkOption[]> {
    return this.cache.get("talk-options", async () =>
      (await this.callApi.call("list.talk_options", {})).map(toTalkOption),
    );
  }

  /** Forgets every cached list (tests; an admin's "reload"). */
  clear(): void {
    void this.cache.clear();
  }

  private async load(kind: DirectoryKind): Promise<unknown[]> {
    switch (kind) {
      case "tags":
        return (await this.callApi.data("get.tags")).map(toDirectoryTag);
      case "employees":
        return (await this.callApi.data("get.employees")).map(toDirectoryEmployee);
      case "virtual-numbers":
        return (await this.callApi.data("get.virtual_numbers")).map(toDirectoryVirtualNumber);
      case "scenarios":
        return (await this.callApi.data("get.scenarios")).map(toDirectoryScenario);
      case "media-files":
        return (await this.callApi.data("get.media_files")).map(toDirectoryMediaFile);
    }
  }
}
