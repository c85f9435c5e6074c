/**
 * Who may do what, as data: every privileged command and flow is tried by a resident, by the head of another RT
 * and by the head of another RW. Each is refused politely, audited with who tried, and changes nothing; an LPMK
 * admin running the same input is not refused (so the row tests something that exists).
 *
 * Flows built on other branches (rembug, siklus, usulan, umumkan) have rows here already: they run once their
 * command exists in the flow set. Add a row for every new privileged command.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flowSet } from "../../flows/index.js";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

interface Row {
  /** What is sent. */
  input: string;
  /** The audit subject of the refusal (a pattern where heads are refused inside the flow, more precisely). */
  subject: string | RegExp;
  /** Built on another branch: the row runs once its command exists and needs a role. */
  otherBranch?: true;
  /** RT and RW heads may start it for their own area (the scope is checked inside the flow, see tests/broadcast). */
  headsMayStart?: true;
}

/** Every privileged input; the target is RT 02 / RW 03 (or RW 03) wherever the command takes an area. */
const TABLE: Row[] = [
  { input: "/undang ketua_rt 3 2", subject: "command:undang" },
  { input: "/undang pengurus_lpmk", subject: "command:undang" },
  { input: '/pokmas tambah "Karang Taruna Tunas Muda" 3', subject: "command:pokmas" },
  { input: "/pokmas", subject: "command:pokmas" },
  { input: "/peran", subject: "flow:peran" },
  { input: "/peran 3", subject: "flow:peran" },
  { input: "/rekap 3", subject: "flow:rekap" },
  { input: "/status-wa", subject: "command:status-wa" },
  { input: "/gabung ASP-AAAA ASP-BBBB sama lokasinya", subject: "flow:gabung" },
  { input: "/pisah ASP-AAAA beda lokasi", subject: "flow:pisah" },
  // RW heads get a dashboard link for their own RW (tests/web/dashboard-signin.test.ts).
  { input: "/dasbor", subject: "command:dasbor", headsMayStart: true },
  // Other engineers' flows: active once their command is in the flow set.
  { input: "/siklus buka Musrenbang 2027", subject: "flow:siklus", otherBranch: true },
  { input: "/siklus tutup", subject: "flow:siklus", otherBranch: true },
  // A resident is refused at the flow's roles; a head inside it, at the reopen step.
  { input: "/rembug buka 3 2", subject: /^(flow:rembug|rembug:reopen)$/, otherBranch: true },
  { input: "/usulan", subject: "flow:usulan", otherBranch: true },
  { input: "/umumkan", subject: "flow:umumkan", otherBranch: true, headsMayStart: true },
  { input: "/siaran", subject: "command:siaran", otherBranch: true, headsMayStart: true },
];

/** The people who try; none may run any row against RT 02 / RW 03. */
const TRIERS = [
  { who: "a resident of RT 02 / RW 03", user: "warga", rw: "3", rt: "2", grant: undefined },
  { who: "the head of another RT (RT 05 / RW 03)", user: "ketua-rt-lain", rw: "3", rt: "5", grant: { role: "ketua_rt", rw: 3, rt: 5 } as const },
  { who: "the head of another RW (RW 04)", user: "ketua-rw-lain", rw: "4", rt: "1", grant: { role: "ketua_rw", rw: 4 } as const },
];

/** Command words that need a role (a word of an open flow, such as "usulan" for aspirasi today, is not one). */
const privilegedWords = new Set([
  ...flowSet.flows.filter((f) => f.roles?.length).flatMap((f) => f.commands ?? []),
  ...flowSet.commands.filter((c) => c.roles?.length).flatMap((c) => c.names),
]);
/** Rows of this branch always run (a command that lost its roles fails them); other branches' rows once they land. */
const exists = (row: Row) => !row.otherBranch || privilegedWords.has(/^\/([\w-]+)/.exec(row.input)![1]!);

let h: Harness;
beforeEach(async () => {
  h = await createHarness({ env: { LPMK_ADMINS: "fake:admin" } });
});
afterEach(async () => {
  await h.close();
});

/** What a privileged command could change: if any of these move, the refusal let something through. */
function footprint(): unknown {
  const db = h.app.store.db;
  const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    invites: n(`SELECT COUNT(*) AS n FROM invites`),
    pokmas: n(`SELECT COUNT(*) AS n FROM pokmas`),
    activeGrants: n(`SELECT COUNT(*) AS n FROM role_grants WHERE revoked_at IS NULL`),
    sessionsOutsideMenu: n(`SELECT COUNT(*) AS n FROM sessions WHERE json_extract(state, '$.flow') <> 'menu'`),
  };
}

describe("the table of who may do what", () => {
  for (const row of TABLE) {
    describe(row.input, () => {
      for (const t of TRIERS) {
        it.skipIf(!exists(row) || (row.headsMayStart && t.grant))(`is refused for ${t.who}, politely and audited`, async () => {
          await h.register(t.user, "Pencoba", t.rw, t.rt);
          const id = h.app.store.residents.findByIdentity("fake", t.user)!.id;
          if (t.grant) h.app.store.roles.grant(id, t.grant, "test");
          const before = footprint();
          const reply = textOf(await h.send(t.user, row.input));
          expect(reply).toMatch(/^Mohon maaf, /);
          expect(reply).toMatch(/sudah kami catat/);
          expect(footprint()).toEqual(before);
          const denied = h.app.store.audit.recent(10, "access.denied");
          expect(denied.map((a) => ({ actor: a.actor, subject: a.subject }))).toEqual([{ actor: `resident:${id}`, subject: typeof row.subject === "string" ? row.subject : expect.stringMatching(row.subject) }]);
        });
      }
      it.skipIf(!exists(row))("is not refused for an LPMK admin", async () => {
        await h.register("admin", "Admin", "1", "1");
        await h.send("admin", row.input);
        expect(h.app.store.audit.recent(10, "access.denied")).toEqual([]);
      });
    });
  }

  it("lists every privileged command of the flow set", () => {
    const privileged = [...privilegedWords];
    const inTable = new Set(TABLE.map((r) => /^\/([\w-]+)/.exec(r.input)![1]!));
    // Aliases of one command (status-wa / statuswa) count as one.
    const missing = privileged.filter((w) => !inTable.has(w) && !flowSet.commands.some((c) => c.names.includes(w) && c.names.some((n) => inTable.has(n))));
    expect(missing).toEqual([]);
  });
});

describe("/rekap for an RW head", () => {
  it("shows their own RW with or without the number, and refuses another RW", async () => {
    await h.register("ketua-rw", "Sari", "3", "1");
    h.app.store.roles.grant(h.app.store.residents.findByIdentity("fake", "ketua-rw")!.id, { role: "ketua_rw", rw: 3 }, "test");
    expect(textOf(await h.send("ketua-rw", "/rekap"))).toMatch(/Rekap aspirasi RW 03/);
    await h.send("ketua-rw", "batal");
    expect(textOf(await h.send("ketua-rw", "/rekap 03"))).toMatch(/Rekap aspirasi RW 03/);
    await h.send("ketua-rw", "batal");
    expect(textOf(await h.send("ketua-rw", "/rekap 4"))).toMatch(/hanya dapat melihat rekap RW 03/);
    expect(h.app.store.audit.recent(10, "access.denied")).toHaveLength(1);
  });
});
