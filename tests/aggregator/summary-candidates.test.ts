/**
 * The summary step after Kirim (issue 9 and issue 11's confidential lane): similar proposals of the RW to pick from,
 * joining the chosen one as a supporter; the rahasia offer for keamanan and texts naming the RT/RW head.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHarness, textOf, type Harness } from "../support/flow-harness.js";

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => {
  await h.close();
});

/** Fill an aspiration up to the summary and press Kirim; returns the replies to Kirim. */
async function upToKirim(user: string, description: string, location: string, category = "drainase") {
  await h.send(user, "/aspirasi");
  await h.press(user, category);
  await h.send(user, description);
  await h.send(user, location);
  await h.send(user, "lewati");
  return h.send(user, "kirim");
}

/** File an aspiration as a normal report of its own (answering "no" to rahasia, "none" to similar ones); its ticket. */
async function fileOwn(user: string, description: string, location: string, category = "drainase"): Promise<string> {
  let replies = await upToKirim(user, description, location, category);
  for (let i = 0; i < 2 && !ticketIn(textOf(replies)); i++) {
    const values = replies.at(-1)!.options!.map((o) => o.value);
    replies = await h.press(user, values.includes("no") ? "no" : "none");
  }
  return ticketIn(textOf(replies))!;
}

/** What the aggregate worker does for an aspiration. */
function aggregate(ticket: string) {
  const a = h.app.store.aspirations.byTicket(ticket)!;
  const r = h.app.aggregator.ingest(a.id);
  if (!r.ok) throw new Error("ingest failed");
  return { ...r, id: a.id };
}
const ticketIn = (text: string) => /ASP-\w{4}/.exec(text)?.[0];
const row = (ticket: string) =>
  h.app.store.db.prepare(`SELECT confidential, preferred_cluster_id FROM aspirations WHERE ticket = ?`).get(ticket) as {
    confidential: number;
    preferred_cluster_id: number | null;
  };

describe("similar proposals after Kirim", () => {
  it("lists the RW's similar proposal by its neutral title and, when picked, makes the resident a supporter with a ticket", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    const first = aggregate(await fileOwn("u1", "Got mampet di depan rumah Bu Sri, air meluap", "Gg Mawar depan rumah Bu Sri"));
    const replies = await upToKirim("u2", "selokan gang mawar buntu kalo hujan meluber", "gg mawar");
    const q = replies.at(-1)!;
    expect(ticketIn(textOf(replies))).toBeUndefined();
    expect(q.text).toMatch(/sudah ada usulan yang mirip[\s\S]*• Drainase \/ gorong-gorong · Gg Mawar \(didukung 1 warga\)/);
    expect(q.text).not.toMatch(/Sri|mampet/);
    // What the resident's session keeps of the neighbour's proposal is the neutral title's parts only.
    const u2 = h.app.store.residents.findByIdentity("fake", "u2")!.id;
    expect(JSON.stringify(h.app.store.sessions.get(u2))).not.toMatch(/Sri|mampet|meluap/);
    expect(q.options?.map((o) => o.value)).toEqual(["same", "none"]);
    const done = textOf(await h.press("u2", "same"));
    const ticket = ticketIn(done)!;
    expect(done).toMatch(/dicatat sebagai pendukung usulan "Drainase \/ gorong-gorong · Gg Mawar"/);
    expect(row(ticket).preferred_cluster_id).toBe(first.clusterId);
    const second = aggregate(ticket);
    expect(second).toMatchObject({ clusterId: first.clusterId, isNewCluster: false });
    expect(h.app.aggregator.clusterOf(second.id)).toEqual({ clusterId: first.clusterId, state: "merged" });
    const supporters = h.app.store.db.prepare(`SELECT supporters FROM clusters WHERE id = ?`).pluck();
    expect(supporters.get(first.clusterId)).toBe(2);
    // Ingest is idempotent: a redelivered job changes nothing.
    expect(aggregate(ticket)).toMatchObject({ clusterId: first.clusterId, alreadyIngested: true });
    expect(supporters.get(first.clusterId)).toBe(2);
  });

  it("files the aspiration as its own when the resident says none is the same, and sends no hint about it later", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    const first = aggregate(await fileOwn("u1", "Got di gang mawar mampet, air meluap", "Gg Mawar"));
    await upToKirim("u2", "Got di gang mawar mampet, air meluap kalau hujan", "Gg Mawar");
    const ticket = ticketIn(textOf(await h.send("u2", "2")))!;
    expect(row(ticket).preferred_cluster_id).toBeNull();
    const mark = h.channel.mark;
    // The automatic rule would merge these two texts; the resident's "none is the same" keeps them apart.
    const r = aggregate(ticket);
    await h.app.host.idle();
    expect(r.clusterId).not.toBe(first.clusterId);
    expect(h.app.aggregator.clusterOf(r.id)!.state).toBe("own");
    expect(textOf(h.channel.sentSince("u2", mark))).not.toMatch(/Usulan serupa/);
  });

  it("asks which one when several are shown", async () => {
    await h.register("u1");
    await h.register("u3", "Ani");
    await h.register("u2", "Budi Santoso");
    aggregate(await fileOwn("u1", "Got di gang mawar mampet, air meluap", "Gg Mawar"));
    const third = aggregate(await fileOwn("u3", "Selokan gang mawar mampet, air meluap ke jalan", "Gg Mawar ujung"));
    // The resident said theirs is different (the duplicate hint's "Beda"): two proposals of the same kind.
    const b = h.app.aggregator.separate(third.id, h.app.store.residents.findByIdentity("fake", "u3")!.id);
    if (!b.ok) throw new Error("separate failed");
    const q = (await upToKirim("u2", "selokan mampet air meluap", "gg mawar")).at(-1)!;
    expect(q.options?.map((o) => o.value)).toEqual(["same", "none"]);
    const pick = (await h.press("u2", "same")).at(-1)!;
    expect(pick.text).toMatch(/Usulan yang mana/);
    expect(pick.options!.length).toBeGreaterThanOrEqual(3);
    const done = textOf(await h.press("u2", String(b.clusterId)));
    expect(row(ticketIn(done)!).preferred_cluster_id).toBe(b.clusterId);
  });

  it("shows nothing when no proposal is similar enough", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    aggregate(await fileOwn("u1", "Got di gang mawar mampet, air meluap", "Gg Mawar"));
    const replies = await upToKirim("u2", "Minta pelatihan menjahit untuk ibu-ibu PKK", "balai RW", "ekonomi");
    expect(ticketIn(textOf(replies))).toBeDefined();
    expect(textOf(replies)).not.toMatch(/usulan yang mirip/);
  });
});

describe("the rahasia offer after Kirim", () => {
  it("is offered for a keamanan report, says who sees it, sets confidential and shows no similar proposals", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    aggregate(await fileOwn("u1", "Sering ada maling motor malam di gang kenari", "Gg Kenari", "keamanan"));
    const offer = (await upToKirim("u2", "Maling motor tiap malam di gang kenari", "Gg Kenari", "keamanan")).at(-1)!;
    expect(offer.text).toMatch(/RAHASIA[\s\S]*hanya dilihat pengurus LPMK[\s\S]*Ketua RT, Ketua RW dan warga lain tidak melihatnya/);
    expect(offer.options?.map((o) => o.value)).toEqual(["yes", "no"]);
    const done = textOf(await h.press("u2", "yes"));
    const ticket = ticketIn(done)!;
    expect(done).toMatch(/ditandai rahasia/);
    expect(row(ticket)).toEqual({ confidential: 1, preferred_cluster_id: null });
    // Never clustered (issue 11: a rahasia report reaches the LPMK only), so never searchable by the next report.
    const id = h.app.store.aspirations.byTicket(ticket)!.id;
    expect(h.app.aggregator.ingest(id)).toMatchObject({ ok: false, error: "rahasia" });
    expect(h.app.store.db.prepare(`SELECT COUNT(*) FROM cluster_members WHERE aspiration_id = ?`).pluck().get(id)).toBe(0);
    expect(h.app.store.db.prepare(`SELECT COUNT(*) FROM aggregator_fts WHERE rowid = ?`).pluck().get(id)).toBe(0);
  });

  it("is offered when the text names the RT head, and a normal answer goes on to the similar proposals", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    aggregate(await fileOwn("u1", "Got di gang mawar mampet, air meluap", "Gg Mawar"));
    const offer = (await upToKirim("u2", "Selokan gang mawar mampet, sudah lapor Pak RT tapi belum dikeruk", "gg mawar")).at(-1)!;
    expect(offer.options?.map((o) => o.value)).toEqual(["yes", "no"]);
    const next = (await h.press("u2", "no")).at(-1)!;
    expect(next.text).toMatch(/sudah ada usulan yang mirip/);
    const ticket = ticketIn(textOf(await h.press("u2", "none")))!;
    expect(row(ticket).confidential).toBe(0);
  });

  it("a rahasia draft naming the RW head gets no similar proposals", async () => {
    await h.register("u1");
    await h.register("u2", "Budi Santoso");
    aggregate(await fileOwn("u1", "Got di gang mawar mampet, air meluap", "Gg Mawar"));
    await upToKirim("u2", "Got gang mawar mampet, ketua RW tidak mau tahu", "gg mawar");
    const done = textOf(await h.press("u2", "yes"));
    expect(done).not.toMatch(/usulan yang mirip/);
    expect(row(ticketIn(done)!).confidential).toBe(1);
  });

  it("is not offered for an ordinary report that names no head", async () => {
    await h.register("u2", "Budi Santoso");
    const replies = await upToKirim("u2", "Minta pelatihan menjahit untuk ibu-ibu PKK", "balai RW", "ekonomi");
    expect(textOf(replies)).not.toMatch(/RAHASIA/);
    expect(row(ticketIn(textOf(replies))!).confidential).toBe(0);
  });
});
