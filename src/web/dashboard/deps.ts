/** What every dashboard page module gets: the built app (store, i18n, config, host, ...) and the clock. */
import type { App } from "../../app/build.js";
import type { QueuePort } from "../../queue/port.js";

export interface DashboardDeps {
  app: App;
  now: () => number;
  /** The queue, when Redis is used (Bull Board, page 9). */
  queue?: QueuePort;
  /** Start of every link the dashboard prints or sends (WEB_BASE_URL). */
  baseUrl: string;
}
