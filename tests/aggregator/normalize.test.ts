/** Indonesian normalisation: abbreviations, synonyms, RT/gang numbers, place names, stemming and stopwords. */
import { describe, expect, it } from "vitest";
import { createNormalizer } from "../../src/aggregator/normalize.js";
import { comparePlaces, similarity } from "../../src/aggregator/similarity.js";

const n = createNormalizer();

describe("normalize", () => {
  it.each([
    { description: "got, selokan, gorong-gorong and saluran air are one word", text: "got selokan gorong-gorong gorong2 saluran air drainase", content: ["drainase"] },
    { description: "mampet, buntu, tersumbat and meluap are one complaint", text: "mampet buntu tersumbat meluap banjir", content: ["sumbat"] },
    { description: "lampu jalan, PJU and penerangan jalan umum are one word", text: "lampu jalan PJU penerangan jalan umum", content: ["pju"] },
    { description: "chat abbreviations are expanded and dropped as stopwords", text: "yg tdk sdh dgn krn blm utk", content: [] },
    { description: "stems with sastrawi", text: "pelatihan menjahit", content: ["latih", "jahit"] },
    { description: "the stemmer's known mistakes are corrected", text: "kerusakan", content: ["rusak"] },
  ])("$description", ({ text, content }) => {
    expect(n.normalize(text).content).toEqual(content);
  });

  it.each([
    { text: "Got di jln Mawar RT 03 mampet", places: { jalan: ["mawar"], rt: ["3"] } },
    { text: "rt.03 dan rt03 dan RT 3", places: { rt: ["3"] } },
    { text: "gg.5 berlubang", places: { gang: ["5"] } },
    { text: "depan Masjid Al-Ikhlas", places: { masjid: ["al ikhlas"] } },
    { text: "Perumahan Griya Asri", places: { perumahan: ["griya asri"] } },
    { text: "gang Sawo Kecil, jalan rusak", places: { gang: ["sawo kecil"] } },
    { text: "Jalan Gang Mawar 2 berlubang", places: { gang: ["mawar 2"] } },
    { text: "dekat warung bu Siti", places: { warung: ["siti"] } },
    { text: "SD Negeri 2", places: { sd: ["2"] } },
  ])("reads the place in '$text'", ({ text, places }) => {
    expect(n.normalize(text).places).toEqual(places);
  });

  it("builds an FTS5 query of quoted, scope-prefixed tokens, leaving out words the category implies", () => {
    expect(n.matchQuery(n.normalize('Got "jl" Mawar* mampet OR NEAR'), "s3cdrainasex")).toBe(
      '"s3cdrainasexsumbat" OR "s3cdrainasexor" OR "s3cdrainasexnear" OR "s3cdrainasexjalanmawar"',
    );
    expect(n.matchQuery(n.normalize("selokan"))).toBe('"drainase"');
    expect(n.matchQuery(n.normalize("yang di ke"))).toBeNull();
  });
});

describe("similarity", () => {
  const f = (text: string, rt = 1) => ({ ...n.normalize(text), rt });

  it("treats a different street, gang number or RT as a different place", () => {
    expect(comparePlaces(f("jalan mawar"), f("jalan melati")).relation).toBe("conflict");
    expect(comparePlaces(f("gang 5"), f("gang 6")).relation).toBe("conflict");
    expect(comparePlaces(f("rt 3"), f("rt 4")).relation).toBe("conflict");
    expect(comparePlaces(f("balai warga"), f("masjid jami")).relation).toBe("conflict");
  });

  it("finds the same problem at the same place written two ways", () => {
    expect(similarity(f("Got di Jl. Mawar mampet"), f("selokan jln mawar tersumbat")).duplicate).toBe(true);
  });

  it("reads a second word as part of the name only when it reads like a name", () => {
    expect(n.normalize("Gorong-gorong pertigaan Jalan Kopi tertutup tanah").places).toEqual({ jalan: ["kopi"] });
    expect(n.normalize("air pam jln kamboja keruh").places).toEqual({ jalan: ["kamboja"] });
    expect(n.normalize("Jalan di Gang Kelapa Gading rusak").places).toEqual({ gang: ["kelapa gading"] });
    expect(n.normalize("Jalan setapak ke makam licin").places).toEqual({});
  });

  it("treats a name that only extends the other as another place, but ignores generic prefixes", () => {
    expect(comparePlaces(f("Polisi tidur Jalan Jeruk"), f("Polisi tidur Jalan Jeruk Purut")).relation).toBe("conflict");
    expect(comparePlaces(f("depan masjid al-ikhlas"), f("depan masjid ikhlas")).relation).toBe("match");
  });

  it("treats two different kinds of spot on one street as different places", () => {
    expect(comparePlaces(f("got pertigaan jalan kopi"), f("got perempatan jalan kopi")).relation).toBe("conflict");
    expect(comparePlaces(f("got pertigaan jalan kopi"), f("got di pertigaan jl kopi")).relation).toBe("match");
  });

  it("has no location evidence when only one text names a spot", () => {
    const b = f("Rak buku untuk taman baca di Masjid Nurul Iman", 5);
    expect(similarity(f("Perlu rak buku untuk taman baca", 5), b)).toMatchObject({ place: "one-sided", duplicate: false });
    expect(similarity(f("Rak buku untuk taman baca di Pos RW", 5), b)).toMatchObject({ place: "conflict", duplicate: false });
  });

  it("does not merge two requests for different things at the same place", () => {
    const s = similarity(f("Perlu pos ronda di Gang Salak"), f("Perlu lampu sorot di pos ronda Gang Salak"));
    expect(s).toMatchObject({ place: "match", sameProblem: false, duplicate: false });
    expect(similarity(f("Lampu jalan gang 7 mati, tiangnya miring"), f("pju gg 7 padam")).duplicate).toBe(true);
  });

  it("reads school abbreviations, numbered estate names and run-together names", () => {
    expect(n.normalize("depan SDN 3").places).toEqual({ sd: ["3"] });
    expect(n.normalize("Perum Griya Indah 2 dangkal").places).toEqual({ perumahan: ["griya indah 2"] });
    expect(comparePlaces(f("musholla At Taqwa"), f("mushola attaqwa")).relation).toBe("match");
    expect(comparePlaces(f("Jln Flamboyan depan SDN 3"), f("Jln Flamboyan depan SMP 1")).relation).toBe("conflict");
  });

  it("without a shared spot, wants each text more than half covered by the other", () => {
    const s = similarity(f("Jalan ke makam becek, perlu dicor", 6), f("Halaman parkir makam becek, perlu dicor", 6));
    expect(s).toMatchObject({ place: "unknown", duplicate: false });
    expect(similarity(f("jalan ke arah kuburan becek, mohon di cor", 6), f("jln menuju makam perlu dicor, becek", 6)).duplicate).toBe(true);
  });

  it("does not merge the same generic text from two RTs", () => {
    expect(similarity(f("Jalan rusak berlubang", 1), f("Jalan rusak berlubang", 4)).duplicate).toBe(false);
  });
});
