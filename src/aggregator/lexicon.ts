/**
 * Indonesian word lists for normalising aspirations: abbreviations, slang, synonyms, stopwords, place heads.
 * The abbreviations, synonyms and place nouns live in commented text files under ./lexicon/ so an LPMK volunteer can
 * add a local word; `npm run admin -- reindex` then applies it to stored aspirations.
 */
import { readLexicon, readWords } from "./lexicon-files.js";

/** Chat abbreviations and slang, expanded word by word before stemming. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.fromEntries(readLexicon("abbreviations.txt"));

/**
 * Multi-word or single-word synonyms mapped to one canonical token.
 * Applied on the expanded, lowercased text before tokenising, longest phrase first.
 */
export const SYNONYM_PHRASES: ReadonlyArray<readonly [string, string]> = readLexicon("synonyms.txt");

/** Corrections where the stemmer gets a domain word wrong (checked before stemming). */
export const STEM_OVERRIDES: Readonly<Record<string, string>> = {
  kerusakan: "rusak",
  penerangan: "pju",
  perbaikan: "baik",
  diperbaiki: "baik",
  perbaiki: "baik",
  memperbaiki: "baik",
  jalanan: "jalan",
  gangnya: "gang",
  pemuda: "pemuda",
  perumahan: "perumahan",
  pelatihan: "latih",
  pengaspalan: "aspal",
  warga: "warga",
  pembuangan: "buang",
  berlubang: "lubang",
  lubangnya: "lubang",
  bantuan: "bantu",
  penyuluhan: "suluh",
  pemasaran: "pasar",
  pasar: "pasar",
  lampunya: "lampu",
  sampahnya: "sampah",
  tumpukan: "tumpuk",
  // Issue 9, fourth round: the stemmer cuts "retakan" to "reta"
  retakan: "retak",
  keretakan: "retak",
};

/** Words that carry no meaning for matching (after expansion; compared before and after stemming). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "yang", "di", "ke", "dari", "dan", "atau", "ini", "itu", "sudah", "belum", "tidak", "mohon", "tolong", "pak", "bu",
  "bapak", "ibu", "kami", "saya", "kita", "warga", "sangat", "sekali", "banget", "ada", "untuk", "dengan", "karena",
  "agar", "supaya", "bisa", "harus", "segera", "perlu", "minta", "usul", "usulan", "kalau", "jika", "sering", "selalu",
  "terus", "lagi", "juga", "sama", "nya", "pada", "dalam", "akan", "masih", "sejak", "hari", "bulan", "lama", "tapi",
  "namun", "jadi", "sehingga", "oleh", "para", "mau", "ingin", "butuh", "dibutuhkan", "diharapkan", "harap", "mohonkan",
  "tiap", "setiap", "kalau", "kali", "udah", "dong", "deh", "sih", "ya", "kok", "aja", "saja", "lho", "nih", "tuh",
  "banyak", "sekarang", "mulai", "baru", "semua", "seperti", "kepada", "oleh", "adalah", "merupakan", "tersebut",
  "sana", "sini", "situ", "lebih", "kurang", "sedikit", "beberapa", "hampir", "cukup", "pun", "lah", "kah", "the",
  "rumah", "daerah", "wilayah", "lingkungan", "sekitar", "area", "kawasan", "tempat", "lokasi", "orang", "apa",
  "kapan", "bagaimana", "gimana", "kenapa", "mengapa", "karna", "tahun", "kemarin", "waktu", "saat", "ketika",
  "pihak", "kelurahan", "pemerintah", "dinas", "mohonbantuan", "bantu", "baik", "buat", "bikin", "tolongdong", "hal",
  "masalah", "keluhan", "keluh", "laporan", "lapor", "tentang", "soal", "bagi", "kasih", "beri", "depan", "belakang",
  "samping", "sebelah", "dekat", "ujung", "pojok", "tengah", "sepanjang", "antara", "dekatnya", "wa", "tinggal",
  "rt", "rw", "nomor", "blok", "gang", "jalan", "raya", "parah", "minggu", "betul", "benar", "cepat", "mengganggu",
  "ganggu", "bahaya", "berbahaya", "kasihan", "susah", "sulit", "mohonbantu", "kasus", "tetangga", "kena", "terkena",
  "kurang", "kekurangan", "adakan", "diadakan", "sediakan", "disediakan",
  // directions and fillers of chat text
  "menuju", "arah", "cuma", "hanya", "sampai", "biar", "kayak", "atas", "bawah",
]);

/**
 * Place heads: the word(s) after them name a place ("jalan mawar", "masjid al ikhlas", "gang 5").
 * Different names under the same head mean different places.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set(readWords("place-nouns.txt"));

/** Heads whose value is usually a number (RT 3, gang 5): the number is the place key. */
export const NUMBERED_HEADS: ReadonlySet<string> = new Set(["rt", "rw", "nomor", "blok", "gang", "jalan"]);

/**
 * Words that may follow a place head but are not a name (problem words, directions, generic nouns).
 * "jalan rusak" does not name a street; "jalan mawar" does.
 */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  "rusak", "lubang", "berlubang", "amblas", "drainase", "pju", "tps", "sampah", "banjir", "sumbat", "mati", "utama",
  "kecil", "besar", "sempit", "lebar", "umum", "ini", "itu", "tersebut", "depan", "belakang", "samping",
  "sebelah", "dekat", "ujung", "pojok", "tengah", "masuk", "keluar", "menuju", "arah", "ke", "di", "dari", "yang", "dan",
  "kami", "kita", "saya", "warga", "sini", "sana", "situ", "nya", "perlu", "mohon", "tolong", "sudah", "belum", "tidak",
  "sering", "selalu", "licin", "becek", "gelap", "aspal", "paving", "cor", "tanah", "kampung", "lingkungan", "setempat",
  "sekitar", "dekatnya", "rumah", "jalan", "gang", "pju", "polisitidur", "menuju", "sepanjang", "hingga", "sampai",
  "bagian", "sisi", "kiri", "kanan", "kanannya", "kirinya", "pinggir", "tepi", "bawah", "atas", "dalam", "luar", "arah",
  "untuk", "buat", "agar", "supaya", "karena", "dengan", "pada", "oleh", "juga", "lagi", "pas", "persis", "tepat", "antara",
  "setiap", "semua", "ada", "kalau", "jika", "waktu", "saat", "malam", "siang", "pagi", "hujan", "kemarin", "minggu",
  "bulan", "tahun", "hari", "bocor", "air", "airbersih", "jembatan", "curi", "cctv", "posronda", "latih", "usaha",
  "bau", "nyamuk", "dbd", "fogging", "perbaikan", "perbaiki", "diperbaiki", "baik", "bangun", "pembangunan", "dibangun",
  "tambah", "penambahan", "ditambah", "pasang", "pemasangan", "dipasang", "ganti", "diganti", "penggantian",
  "bersih", "dibersihkan", "pembersihan", "dikeruk", "keruk", "pengerukan", "normalisasi", "sampai", "raya",
  // conditions: "jalan kamboja keruh", "pasar minggu penuh" name "kamboja" and "minggu", the last word is the problem
  "penuh", "keruh", "dangkal", "ambrol", "terlalu", "kotor", "kumuh", "retak", "miring", "roboh", "patah", "lapuk",
  "rapuh", "kering", "rawan", "sepi", "ramai", "bolong", "jebol", "parah", "total", "kurang", "tinggi", "rendah",
  "curam", "hitam", "padam", "putus", "hilang", "ambles", "mampet", "buntu", "berisik", "macet", "sering", "terus",
  // kinds of road or bridge, not names: "jalan setapak", "jalan tikus", "jembatan penghubung"
  "setapak", "tikus", "alternatif", "poros", "lingkar", "inspeksi", "penghubung", "gantung",
  // materials, not names: "jembatan kayu", "jalan beton"
  "kayu", "bambu", "besi", "beton", "batu", "semen", "kerikil",
]);

/** Names that are also common words; allowed right after a place head ("pasar baru", "kampung lama"). */
export const NAME_OK: ReadonlySet<string> = new Set([
  "baru", "lama", "indah", "jaya", "makmur", "sari", "asri", "senin", "senen", "selasa", "rabu", "kamis", "jumat", "sabtu",
  "minggu", "warga",
]);

/**
 * Common words that are a place's name right after these heads only: "gang buntu" is a dead-end lane people call by
 * that name (elsewhere "buntu" is "blocked"), "Pasar Pagi" a market (elsewhere "pagi" is the morning).
 */
export const NAME_AFTER_HEAD: Readonly<Record<string, readonly string[]>> = {
  buntu: ["gang", "jalan"],
  pagi: ["pasar"],
  senggol: ["pasar"],
  kembang: ["pasar", "jalan", "gang"],
};

/**
 * Content words that say little about which problem is meant (the category already implies them, or they
 * describe circumstances). They count a quarter in similarity.
 */
export const LOW_INFO: ReadonlySet<string> = new Set([
  "drainase", "jamban", "sampah", "tps", "airbersih", "air", "hujan", "deras", "umum", "besar", "kecil", "motor", "mobil",
  "anak", "masuk", "jalan", "gang", "malam", "siang", "pagi", "rawan", "jatuh", "orang", "lewat", "lalu", "tiap",
  // request verbs: asking to install or provide says nothing about what
  "pasang", "sedia", "ada", "tambah", "main", "ganti",
  // Issue 9, fourth round: dumping is what most such reports say; what is dumped, and where from, tells them apart
  // ("limbah pabrik tahu dibuang" is not "limbah rumah tangga dibuang")
  "buang",
]);

/** Name prefixes that do not tell places apart on their own ("al ikhlas" vs "al falah"). */
export const NAME_PREFIX: ReadonlySet<string> = new Set([
  "al", "an", "ar", "as", "at", "nurul", "baitul", "darul", "babul", "sabilul", "santa", "st", "griya", "puri",
  "taman", "villa", "graha", "pondok",
]);

/**
 * Heads that name a spot even without a name ("dekat makam", "di pertigaan", "depan sekolah"). Two texts that each
 * name a spot the other does not are about different spots. Area heads (jalan, gang, RT, estate) count only with a name.
 */
export const SPOT_HEADS: ReadonlySet<string> = new Set(
  [...PLACE_HEADS].filter((h) => !["jalan", "gang", "rt", "rw", "nomor", "blok", "kampung", "dusun", "perumahan", "kompleks"].includes(h)),
);

/**
 * Problem nouns: the thing an aspiration asks about (after synonyms and stemming). When both texts name one,
 * the first one each names must be named by the other ("pos ronda" vs "lampu sorot di pos ronda" are two requests).
 */
export const PROBLEM_NOUNS: ReadonlySet<string> = new Set([
  "pju", "drainase", "tps", "posronda", "cctv", "polisitidur", "tamanbaca", "jamban", "trotoar", "tiang", "cermin",
  "pagar", "portal", "atap", "kursi", "meja", "rak", "timbang", "ambulans", "posbindu", "komposter", "gerobak", "septic",
  "ipal", "pipa", "sumur", "papan", "plat", "jaring", "seragam", "beasiswa", "mesin", "etalase", "tandon", "hidran",
  "gapura", "bangku", "lampu", "wifi", "komputer", "sirine", "kentongan", "apar", "tenda", "speaker", "pompa", "talud", "tanggul",
  "kabel",
]);

/**
 * Where a bare "lampu" is a lamp of that building, not a street light: "lampu di dalam musala mati" is the prayer
 * hall's lamp, "lampu pos ronda" the guard post's. Without one of these words a bare "lampu" reads as a street light.
 */
export const LAMP_INDOORS: ReadonlySet<string> = new Set([
  "masjid", "musala", "balai", "sekolah", "sd", "smp", "sma", "mi", "mts", "tk", "smk", "paud", "gereja", "pura",
  "vihara", "klenteng", "puskesmas", "posyandu", "kantor", "toko", "warung", "posronda", "pos", "kelas", "lapangan",
  "aula", "dalam", "ruang", "ruangan", "gedung", "terminal", "stasiun",
]);

/**
 * Landmarks a resident may name by their kind alone ("dekat makam", "depan sekolah"). Both texts naming the same kind
 * is place evidence; only one naming it is no evidence that they mean one spot.
 */
export const LANDMARK_KINDS: ReadonlySet<string> = new Set([
  "masjid", "musala", "sekolah", "sd", "smp", "sma", "mi", "mts", "tk", "smk", "paud", "pasar", "sungai", "lapangan",
  "balai", "makam", "gereja", "pura", "vihara", "klenteng", "puskesmas", "posyandu", "taman", "pertigaan",
  "perempatan", "jembatan", "terminal", "stasiun", "kantor", "pos",
]);

/**
 * Spellings of place heads that a typo (one letter added, dropped, changed or two swapped) may still be matched to:
 * "jnl", "jlnn", "ggg", "gng", "msjid". Keys with a vowel shorter than 4 letters ("lap", "no") are left out: too many
 * ordinary words are one letter away. Only a word followed by a name or a number is read as a misspelt head.
 */
export const PLACE_TYPO_KEYS: Readonly<Record<string, string>> = {
  jln: "jalan", jl: "jalan", jaln: "jalan", jlan: "jalan", jalan: "jalan", gg: "gang", msjd: "masjid", masjid: "masjid",
  mesjid: "masjid", mushola: "musala", musholla: "musala", musola: "musala", musala: "musala", sklh: "sekolah",
  sekolah: "sekolah", lapangan: "lapangan", perumahan: "perumahan", kompleks: "kompleks", komplek: "kompleks",
};

/** Ordinary words one letter away from a key above, never read as a misspelt head ("jaman dulu" is not a street). */
export const NOT_A_TYPO: ReadonlySet<string> = new Set([
  "jaman", "zaman", "jalin", "jalar", "jalani", "jualan", "julan", "bang", "yang", "sang", "gan", "ganti", "masjidnya",
  "sekolahan", "lapang", "galan", "kalan",
]);

/**
 * "Kali" is a river (Javanese) or "times". Read as a river when a name follows and none of these comes before it:
 * "dua kali seminggu", "tiap kali hujan" are times; "kali Code meluap", "sungai kali anyar" are rivers.
 */
export const TIMES_BEFORE_KALI: ReadonlySet<string> = new Set([
  "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "berapa", "beberapa",
  "tiap", "setiap", "sering", "berkali", "ulang", "berulang", "banyak", "sekian", "se", "per", "puluhan", "ratusan",
  "untuk", "pertama", "terakhir",
]);

/**
 * What is wrong with the thing (after synonyms and stemming). Two texts that both say what is wrong and share none of
 * it ask about different defects of one object ("trotoar amblas" vs "trotoar dipakai parkir"). A generic word is
 * compatible with every specific one (see DEFECT_GENERIC).
 */
export const DEFECTS: ReadonlySet<string> = new Set([
  "rusak", "lubang", "amblas", "bocor", "sumbat", "mati", "retak", "patah", "roboh", "miring", "lapuk", "kotor", "bau",
  "gelap", "becek", "licin", "keruh", "kering", "penuh", "putus", "hilang", "curi", "parkir", "tumpuk", "karat", "redup",
  "lepas", "copot", "jebol", "dangkal", "pecah",
  // a lamp lit by day, a speed bump or a kerb too high
  "nyala", "tinggi",
  // Issue 9, fourth round: peeling asphalt, hanging cables, a falling tree, rubbish spilt
  "kelupas", "gantung", "cecer",
]);

/** Defect words that say only that something is wrong: compatible with any other defect. */
export const DEFECT_GENERIC: ReadonlySet<string> = new Set(["rusak", "jebol"]);

/** Defects that are one complaint seen two ways (a dead lamp leaves the street dark; a blocked drain smells). */
export const DEFECT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["mati", "gelap"], ["redup", "gelap"], ["sumbat", "bau"], ["sumbat", "penuh"], ["tumpuk", "bau"], ["tumpuk", "penuh"],
  ["lepas", "copot"], ["lubang", "amblas"], ["lubang", "becek"], ["sumbat", "kotor"], ["tumpuk", "kotor"],
  // Issue 9, third round: a burnt-out bulb is a dead lamp; murky water is dirty; a silted drain is full; an
  // overflowing bin is a pile; what is cracked or burst is broken or leaking; a dry well gives no water.
  ["putus", "mati"], ["keruh", "kotor"], ["dangkal", "penuh"], ["tumpuk", "sumbat"],
  ["pecah", "patah"], ["pecah", "retak"], ["pecah", "bocor"], ["kering", "mati"], ["sumbat", "bau"], ["penuh", "bau"],
  // a leaning pole is about to fall; a broken tap leaks
  ["miring", "roboh"], ["patah", "bocor"],
  // Issue 9, fourth round: a hole in a bin, a tank or a roof is a leak; what was stolen is gone; standing water
  // makes a field or a lane muddy; rotten planks come off; a peeling road leaves gravel about
  ["lubang", "bocor"], ["curi", "hilang"], ["becek", "sumbat"], ["lapuk", "copot"], ["lapuk", "hilang"],
  ["kelupas", "tumpuk"], ["kelupas", "lubang"], ["redup", "mati"],
  ["gantung", "putus"], ["roboh", "retak"],
];
