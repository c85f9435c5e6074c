/** The shape of an admin subcommand (`npm run admin -- <name> ...`): one file per command under commands/. */
import type { Config } from "../config.js";
import type { Logger } from "../core/logger.js";
import type { Translate } from "../i18n/fluent.js";
import type { Store } from "../store/index.js";

export interface AdminContext {
  config: Config;
  store: Store;
  t: Translate;
  log: Logger;
  /** Arguments after the command name. */
  args: string[];
  /** Write one line of output (stdout). */
  out: (line: string) => void;
}

export interface AdminCommand {
  name: string;
  /** One line for the usage listing. */
  summary: string;
  withoutStore?: false;
  /** Returns the process exit code. */
  run(ctx: AdminContext): Promise<number>;
}

/** A command that must not open the store itself (backup reads it online, restore replaces it). */
export interface StorelessAdminCommand {
  name: string;
  summary: string;
  withoutStore: true;
  run(ctx: Omit<AdminContext, "store">): Promise<number>;
}
