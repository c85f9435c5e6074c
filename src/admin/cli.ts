/** Admin command line: `npm run admin -- <command> [options]` (see run-admin.ts for the commands). */
import { runAdmin } from "./run-admin.js";

process.exitCode = await runAdmin(process.argv.slice(2));
