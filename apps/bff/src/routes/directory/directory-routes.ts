import { routes } from "@callboard/contract";
import express, { type Router } from "express";
import type { AppContext } from "../../app-context";
import { defineRoute } from "../../http/define-route";

/** The pickers' lists (Data API) and the talk options (list.talk_options), cached for a minute. */
export function directoryRoutes(app: AppContext): Router {
  const router = express.Router();
  defineRoute(router, app, routes.talkOptions, () => app.directory.talkOptions());
  defineRoute(router, app, routes.directoryTags, () => app.directory.list("tags"));
  defineRoute(router, app, routes.directoryEmployees, () => app.directory.list("employees"));
  defineRoute(router, app, routes.directoryVirtualNumbers, () =>
    app.directory.list("virtual-numbers"),
  );
  defineRoute(router, app, routes.directoryScenarios, () => app.directory.list("scenarios"));
  defineRoute(router, app, routes.directoryMediaFiles, () => app.directory.list("media-files"));
  return router;
}
