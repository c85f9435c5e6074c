/**
 * /siaran control: `batal <nomor>` (a broadcast not started yet, or a meeting called off), `batal R<nomor>` (stop a
 * repeating one), `jeda <nomor>` / `lanjut <nomor>` (pause and resume a running one), `ubah <nomor> <waktu>` (move a
 * meeting). Only the sender, or the LPMK, may control a broadcast; anyone else is refused and the attempt audited.
 * The command words live in locales (siaran-cmd-*). Also the list's state column and its repeating section.
 */
import "../src/broadcast/engine-types.js";
import "../src/broadcast/schedule-types.js";
import type { BroadcastRow } from "../src/broadcast/broadcast-repo.js";
import { phaseOf } from "../src/broadcast/schedule-repo.js";
import { ruleText } from "../src/broadcast/schedule-rule.js";
import { nextRun } from "../src/queue/cron.js";
import { accessDenied } from "../src/engine/access-denied.js";
import { DEFAULT_TIME_ZONE, formatDateTime, parseDateTime } from "../src/engine/steps/date-time.js";
import type { StepCtx, Transition } from "../src/engine/types.js";

type Action = "batal" | "jeda" | "lanjut" | "ubah";
const ACTIONS: readonly Action[] = ["batal", "jeda", "lanjut", "ubah"];

const done = (c: StepCtx, key: string, args?: Parameters<StepCtx["t"]>[1]): Transition => ({ say: [{ text: c.t(key, args) }], end: { showMenu: false } });
const zoneOf = (c: StepCtx): string => c.env.timeZone ?? DEFAULT_TIME_ZONE;
const when = (c: StepCtx, at: number): string => formatDateTime(at, zoneOf(c), c.lang, (k, a) => c.t(k, a));

/** Only the sender or the LPMK may control a broadcast: the shared refusal (logged and audited), with why. */
function denied(c: StepCtx, id: string, action: Action): Transition {
  const refusal = accessDenied(c, { subject: `broadcast-control:${id}`, detail: { action, roles: [...c.env.actor.roles] }, hint: { key: "siaran-denied", args: { id } } });
  return { ...refusal, end: { showMenu: false } };
}

/** The control subcommand in `raw`, handled; undefined when `raw` is not one (the list or a report). */
export function siaranControl(raw: string, c: StepCtx, lpmk: boolean): Transition | undefined {
  const [word = "", target = "", ...rest] = raw.split(/\s+/);
  const action = ACTIONS.find((a) => c.words(`siaran-cmd-${a}`).includes(word.toLowerCase()));
  if (!action) return undefined;
  const reads = c.env.reads.broadcasts;
  const timingReads = c.env.reads.broadcastSchedules;
  if (!reads || !timingReads) return done(c, "umumkan-unavailable");
  const ref = target.replace(/^#/, "");
  const owns = (senderId: number | null) => lpmk || senderId === c.resident.id;

  // A repeating broadcast: R<nomor>.
  const rep = /^r(\d{1,9})$/i.exec(ref);
  if (rep && action === "batal") {
    const id = Number(rep[1]);
    const s = timingReads.schedule(id);
    if (!s || s.stoppedAt !== null) return done(c, "siaran-schedule-not-found", { id: String(id) });
    if (!owns(s.senderId)) return denied(c, `R${id}`, action);
    return { effects: [{ type: "broadcast.stop-schedule", scheduleId: id }], say: [{ text: c.t("siaran-schedule-stopped", { id: String(id) }) }], end: { showMenu: false } };
  }
  if (!/^\d{1,9}$/.test(ref)) return done(c, action === "ubah" ? "siaran-ubah-usage" : "siaran-control-usage");
  const id = Number(ref);
  const b = reads.get(id);
  const timing = timingReads.timing(id);
  if (!b || !timing) return done(c, "siaran-not-found", { id: ref });
  if (!owns(b.senderId)) return denied(c, ref, action);
  const phase = phaseOf(timing, c.env.now);
  const meetingAhead = b.content.kind === "undangan" && b.content.at > c.env.now;

  switch (action) {
    case "batal": {
      if (phase === "cancelled") return done(c, "siaran-already-cancelled", { id: ref });
      // Not started: nobody got it. A meeting can be called off until it starts (a notice goes to those invited).
      if (phase !== "scheduled" && !meetingAhead) return done(c, "siaran-cancel-too-late", { id: ref });
      return {
        effects: [{ type: "broadcast.control", broadcastId: id, action: "cancel" }],
        say: [{ text: c.t(phase === "scheduled" ? "siaran-cancelled-scheduled" : "siaran-cancelled-meeting", { id: ref }) }],
        end: { showMenu: false },
      };
    }
    case "jeda":
      if (phase !== "running") return done(c, "siaran-pause-not-running", { id: ref });
      return { effects: [{ type: "broadcast.control", broadcastId: id, action: "pause" }], say: [{ text: c.t("siaran-paused", { id: ref }) }], end: { showMenu: false } };
    case "lanjut":
      if (phase !== "paused") return done(c, "siaran-resume-not-paused", { id: ref });
      return { effects: [{ type: "broadcast.control", broadcastId: id, action: "resume" }], say: [{ text: c.t("siaran-resumed", { id: ref }) }], end: { showMenu: false } };
    case "ubah": {
      if (b.content.kind !== "undangan") return done(c, "siaran-ubah-not-undangan");
      if (phase === "cancelled" || !meetingAhead) return done(c, "siaran-ubah-closed", { id: ref });
      const text = rest.join(" ");
      if (!text) return done(c, "siaran-ubah-usage");
      const p = parseDateTime(text, c.env.now, zoneOf(c));
      if (!p.ok) {
        if (p.reason === "weekday-mismatch") {
          return done(c, "input-datetime-weekday-mismatch", { weekday: p.date!.setLocale(c.lang === "id" ? "id" : "en-GB").toFormat("cccc") });
        }
        return done(c, `input-datetime-${p.reason}`);
      }
      const at = p.at.toMillis();
      if (at <= c.env.now) return done(c, "input-datetime-past", { when: when(c, at) });
      // Not sent yet: the invitation must still go out before the meeting.
      if (timing.fannedOutAt === null && timing.sendAt !== null && at <= timing.sendAt) {
        return done(c, "siaran-ubah-before-send", { when: when(c, timing.sendAt) });
      }
      return {
        effects: [{ type: "broadcast.reschedule", broadcastId: id, at }],
        say: [{ text: c.t("siaran-ubah-done", { id: ref, when: when(c, at) }) }],
        end: { showMenu: false },
      };
    }
  }
}

/** The list's second line of a broadcast: its counts and phase (scheduled ones with their send time). */
export function siaranListState(c: StepCtx, b: BroadcastRow, counts: string): string {
  const timing = c.env.reads.broadcastSchedules?.timing(b.id);
  if (!timing) return counts;
  const phase = phaseOf(timing, c.env.now);
  const label = c.t(`siaran-phase-${phase}`);
  const state = phase === "scheduled" && timing.sendAt !== null ? `${label}, ${c.t("siaran-list-send-at", { when: when(c, timing.sendAt) })}` : label;
  return c.t("siaran-list-state", { counts, phase: state });
}

/** The repeating broadcasts (the sender's own unless LPMK) and the control commands, for the end of the list. */
export function controlSection(c: StepCtx, lpmk: boolean): string {
  const reads = c.env.reads.broadcastSchedules;
  if (!reads) return "";
  const t = (k: string, a?: Parameters<StepCtx["t"]>[1]) => c.t(k, a);
  const schedules = reads.schedules(lpmk ? undefined : c.resident.id);
  const lines = schedules.map((s) => {
    const what = s.content.kind === "undangan" ? s.content.title : s.content.text.replace(/\s+/g, " ").slice(0, 40);
    const next = nextRun(s.pattern, s.tz, c.env.now);
    return c.t("siaran-repeat-line", {
      id: String(s.id),
      kind: c.t(`umumkan-kind-${s.kind}`),
      what,
      rule: ruleText(t, s.rule, s.tz, c.lang),
      next: next === null ? "-" : when(c, next),
    });
  });
  const repeating = lines.length ? `\n\n${c.t("siaran-repeat-head")}\n${lines.join("\n")}` : "";
  return `${repeating}\n\n${c.t("siaran-control-footer")}`;
}
