/**
 * Demo set-up for the "Alur rembug RT" README section: makes the console user `ketua` head of RT 02 / RW 03 and
 * opens a planning cycle, on the DATA_DIR of the environment. Run after `ketua` has registered:
 * `DATA_DIR=/tmp/rb-demo npx tsx docs/demo/rembug-setup.ts`.
 */
import path from "node:path";
import { loadConfig } from "../../src/config.js";
import { openStore } from "../../src/store/index.js";

const config = loadConfig(process.env);
const store = openStore(path.join(config.dataDir, "rembug.db"));
const head = store.residents.findByIdentity("console", "ketua");
if (!head) throw new Error("register the console user 'ketua' first (npm run chat -- --user ketua)");
store.roles.grant(head.id, { role: "ketua_rt", rw: 3, rt: 2 }, "demo");
if (!store.db.prepare(`SELECT 1 FROM cycles WHERE closed_at IS NULL`).get()) {
  store.db.prepare(`INSERT INTO cycles (name, opened_at, opened_by) VALUES ('Musrenbang 2027', ?, 'demo')`).run(Date.now());
}
store.close();
