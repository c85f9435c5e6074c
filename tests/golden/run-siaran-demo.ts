/**
 * The README's "Pengumuman dan undangan" transcript: an LPMK member invites RW 03 to a meeting, the RSVPs come in,
 * the meeting is moved, the reminders go at the new times only, the delivery report adds up, and a Posyandu notice
 * is set to repeat. A real app on the test channel (`fake`), the in-process queue on a manual clock; what other
 * residents receive is shown as `(to <user>)`, and the clock's moves as `# <time>` lines. Nothing here is edited by
 * hand: tests/golden/siaran-transcript.test.ts compares it with docs/demo/siaran.transcript.txt.
 */
import { startAppPipeline } from "../../src/app/app-pipeline.js";
import { renderNumbered } from "../../src/channels/console/render.js";
import { silentLogger } from "../../src/core/logger.js";
import type { OutboundMessage } from "../../src/core/messages.js";
import { formatDateTime } from "../../src/engine/steps/date-time.js";
import { ManualClock } from "../../src/queue/clock.js";
import { InProcessQueue } from "../../src/queue/in-process.js";
import { createHarness, type Harness } from "../support/flow-harness.js";

/** Wednesday 25 November 2026, 10.00 WIB. */
const START = Date.UTC(2026, 10, 25, 3, 0, 0);
const wib = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 7, minute);
const RESIDENTS = [
  ["pak-budi", "Pak Budi", "1"],
  ["bu-rina", "Bu Rina", "2"],
  ["pak-joko", "Pak Joko", "1"],
  ["bu-wati", "Bu Wati", "3"],
] as const;

export async function runSiaranDemo(): Promise<string> {
  const clock = new ManualClock(START);
  const h: Harness = await createHarness({ clock });
  const queue = new InProcessQueue({ log: silentLogger(), clock: clock.asQueueClock() });
  const out: string[] = [];
  const render = (msgs: OutboundMessage[]) => msgs.map((m) => renderNumbered(m)).join("\n");
  try {
    await h.register("lpmk", "Bu Sari", "1", "1");
    h.app.store.roles.grant(h.app.store.residents.findByIdentity("fake", "lpmk")!.id, { role: "pengurus_lpmk" }, "demo");
    for (const [u, name, rt] of RESIDENTS) await h.register(u, name, "3", rt);
    await h.send("bu-wati", "berhenti");
    const p = await startAppPipeline(h.app, "all", { queue });
    const users = ["lpmk", ...RESIDENTS.map(([u]) => u)];
    const marks = new Map<string, number>();
    const markAll = () => {
      for (const u of users) marks.set(u, h.channel.mark);
    };
    /** What everyone received since the last look (the pipeline settled, reports and due reminders queued). */
    const others = async (): Promise<number> => {
      await p.settle(10_000);
      h.app.broadcasts.broadcaster.tick();
      h.app.host.delivery.flushAll();
      await h.app.host.idle();
      let n = 0;
      for (const u of users) {
        const got = h.channel.sentSince(u, marks.get(u) ?? 0);
        if (got.length) out.push(`(to ${u})`, render(got));
        n += got.length;
      }
      markAll();
      return n;
    };
    const say = async (user: string, text: string) => {
      markAll();
      out.push(`${user}> ${text}`, render(await h.send(user, text)));
      marks.set(user, h.channel.mark);
      await others();
    };
    const at = async (when: number) => {
      clock.now = when;
      out.push(`# ${formatDateTime(when, "Asia/Jakarta", "id", (k, a) => h.app.i18n.t("id", k, a))}`);
      if ((await others()) === 0) out.push("(tidak ada yang dikirim)");
    };
    markAll();

    for (const text of ["/umumkan", "1", "2", "3", "Rembug warga RW 03", "Sabtu 28/11 19.30", "Balai RW 03", "Menyusun prioritas usulan RW 03", "1", "Kirim"]) {
      await say("lpmk", text);
    }
    await say("pak-budi", "1");
    await say("bu-rina", "2");
    await say("pak-joko", "3");
    await say("lpmk", "/siaran 1");
    await say("lpmk", "/siaran ubah 1 Senin 30/11 19.30");
    await at(wib(27, 19));
    await at(wib(28, 17, 30));
    await at(wib(29, 19));
    await at(wib(30, 17, 30));
    await say("lpmk", "/siaran 1");
    for (const text of ["/umumkan", "2", "2", "3", "Posyandu Melati buka di Balai RW 03. Bawa buku KIA.", "lewati", "lewati", "3", "2", "Selasa 8/12 08.00", "Kirim"]) {
      await say("lpmk", text);
    }
    await say("lpmk", "/siaran");
    await p.stop();
  } finally {
    await h.close();
  }
  return `${out.filter((l) => l !== "").join("\n")}\n`;
}
