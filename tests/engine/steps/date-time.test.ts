import { describe, expect, it } from "vitest";
import { formatDateTime, parseDateTime } from "../../../src/engine/steps/date-time.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../../src/i18n/fluent.js";
import { envAt, oneStep } from "./step-env.js";

/** Tuesday 1 December 2026, 10.00 WIB. */
const NOW = Date.UTC(2026, 11, 1, 3, 0);
const i18n = loadI18n(DEFAULT_LOCALES_DIR);

const cases: Array<{ input: string; expected: string }> = [
  { input: "Sabtu 12/12 19.30", expected: "2026-12-12T19:30:00.000+07:00" },
  { input: "12-12-2026 19:30", expected: "2026-12-12T19:30:00.000+07:00" },
  { input: "besok jam 8", expected: "2026-12-02T08:00:00.000+07:00" },
  { input: "lusa pukul 14.00 WIB", expected: "2026-12-03T14:00:00.000+07:00" },
  { input: "Senin depan 09.00", expected: "2026-12-07T09:00:00.000+07:00" },
  { input: "Kamis 19.30", expected: "2026-12-03T19:30:00.000+07:00" },
  { input: "Selasa jam 20", expected: "2026-12-01T20:00:00.000+07:00" },
  { input: "Selasa jam 8", expected: "2026-12-08T08:00:00.000+07:00" },
  { input: "tgl 5 jam 16", expected: "2026-12-05T16:00:00.000+07:00" },
  { input: "12 Desember jam 7 malam", expected: "2026-12-12T19:00:00.000+07:00" },
  { input: "hari Minggu jam 7 pagi", expected: "2026-12-06T07:00:00.000+07:00" },
  { input: "12/1 10.00", expected: "2027-01-12T10:00:00.000+07:00" },
  { input: "5 Jan 2027 jam 9", expected: "2027-01-05T09:00:00.000+07:00" },
  { input: "31/11 10.00", expected: "bad-date" },
  { input: "Jumat 12/12 19.30", expected: "weekday-mismatch" },
  { input: "besok", expected: "no-time" },
  { input: "kapan-kapan", expected: "unreadable" },
  { input: "jam 25", expected: "unreadable" },
  { input: "besok jam 8 atau 9", expected: "unreadable" },
];

describe("date-time", () => {
  for (const c of cases) {
    it(`reads "${c.input}"`, () => {
      const p = parseDateTime(c.input, NOW, "Asia/Jakarta");
      expect(p.ok ? p.at.toISO() : p.reason).toBe(c.expected);
    });
  }

  it("reads the wall clock of the configured zone (WITA)", () => {
    const p = parseDateTime("Sabtu 12/12 19.30", NOW, "Asia/Makassar");
    expect(p.ok && p.at.toISO()).toBe("2026-12-12T19:30:00.000+08:00");
  });

  it("is shown back in Indonesian with WIB, WITA or WIT", () => {
    const t = (k: string, a: Record<string, string>) => i18n.t("id", k, a);
    const at = Date.UTC(2026, 11, 12, 12, 30);
    expect(formatDateTime(at, "Asia/Jakarta", "id", t)).toBe("Sabtu, 12 Desember 2026 pukul 19.30 WIB");
    expect(formatDateTime(at, "Asia/Makassar", "id", t)).toBe("Sabtu, 12 Desember 2026 pukul 20.30 WITA");
    expect(formatDateTime(at, "Asia/Jayapura", "id", t)).toBe("Sabtu, 12 Desember 2026 pukul 21.30 WIT");
  });

  const step = oneStep({
    kind: "date-time",
    prompt: () => "Kapan rembugnya?",
    onDateTime: (at, c) => ({ say: [{ text: formatDateTime(at, c.env.timeZone ?? "Asia/Jakarta", c.lang, (k, a) => c.t(k, a)) }], end: { showMenu: false } }),
  });

  it("a future moment reaches the flow, read in TZ_KELURAHAN", () => {
    expect(step.run(["Sabtu 12/12 19.30"], envAt(NOW)).text).toBe("Sabtu, 12 Desember 2026 pukul 19.30 WIB");
    expect(step.run(["Sabtu 12/12 19.30"], envAt(NOW, "Asia/Jayapura")).text).toBe("Sabtu, 12 Desember 2026 pukul 19.30 WIT");
  });

  it("a past moment gets a clear answer with an example", () => {
    expect(step.run(["1/12 08.00"], envAt(NOW)).text).toMatch(
      /Selasa, 1 Desember 2026 pukul 08\.00 WIB sudah lewat[\s\S]*misalnya "besok jam 8"[\s\S]*Kapan rembugnya\?/,
    );
  });

  it("an unreadable date gets examples; a wrong weekday names the right one", () => {
    expect(step.run(["secepatnya"], envAt(NOW)).text).toMatch(/Contoh: "Sabtu 12\/12 19\.30"/);
    expect(step.run(["Jumat 12/12 19.30"], envAt(NOW)).text).toMatch(/jatuh pada hari Sabtu/);
    expect(step.run(["besok"], envAt(NOW)).text).toMatch(/Jamnya belum ada/);
  });
});
