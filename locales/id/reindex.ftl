## Admin command `npm run admin -- reindex`: the aggregator's normalised text and search index recomputed.

# $docs (Number) - aspirasi yang dihitung ulang, $changed (Number) - yang hasil normalisasinya berubah
reindex-done = Indeks agregator dihitung ulang untuk { $docs } aspirasi ({ $changed } berubah). Pengelompokan usulan tidak diubah.

# $missing (Number) - aspirasi yang belum sampai ke agregator, $ingested (Number) - yang berhasil dikelompokkan sekarang
reingest-done = { $missing } aspirasi belum sampai ke agregator; { $ingested } di antaranya sekarang sudah dikelompokkan per RW.
