## The planning cycle (/siklus), the notices of a confirmed rembug and the rembug columns of the Daftar Panjang Usulan.

siklus-usage =
    Perintah siklus perencanaan:
    • /siklus — siklus yang sedang berjalan dan kemajuannya
    • /siklus buka <nama> — membuka siklus, misalnya /siklus buka Musrenbang 2027
    • /siklus tutup — menutup siklus yang berjalan
siklus-none-open = Belum ada siklus perencanaan yang dibuka. Ketik /siklus buka <nama>, misalnya /siklus buka Musrenbang 2027.
# $name (String) - nama siklus, $date (Date) - kapan dibuka
siklus-status-title = *Siklus { $name }* (dibuka { DATETIME($date, day: "numeric", month: "long", year: "numeric") })
# $confirmed (Number) - RT yang sudah konfirmasi rembug, $rts (Number) - jumlah RT
siklus-status-total = Rembug RT yang sudah dikonfirmasi: { $confirmed } dari { $rts } RT
siklus-status-per-rw = Per RW:
# $rw (String), $confirmed (Number), $rts (Number), $rwDone (String) - "yes" bila rembug RW sudah dikonfirmasi
siklus-status-rw-line = • RW { $rw }: { $confirmed } dari { $rts } RT{ $rwDone ->
    [yes] , rembug RW sudah dikonfirmasi
   *[other] {""}
}
# $name (String) - nama siklus yang diketik terlalu panjang
siklus-name-invalid = Nama siklus harus 3 sampai 60 huruf, misalnya: /siklus buka Musrenbang 2027
# $name (String) - siklus yang masih berjalan
siklus-already-open = Siklus { $name } masih berjalan. Tutup dulu dengan /siklus tutup sebelum membuka siklus baru.
# $name (String), $adopted (Number) - aspirasi tanpa siklus yang ikut masuk, $carried (Number) - usulan tahun lalu, $heads (Number) - ketua RT yang diberi tahu
siklus-opened =
    Siklus { $name } sudah dibuka.
    Aspirasi yang masuk sebelum siklus dibuka: { $adopted }
    Usulan tahun lalu yang dibawa: { $carried }
    Ketua RT yang diberi tahu: { $heads }
# $name (String), $carried (Number) - usulan yang akan dibawa ke siklus berikutnya
siklus-close-confirm =
    Tutup siklus { $name }?
    { $carried } aspirasi yang belum terakomodasi akan dibawa ke siklus berikutnya sebagai usulan tahun lalu.
siklus-close-yes = Ya, tutup
siklus-close-yes-aliases = ya, y, tutup, iya
siklus-close-no = Tidak
siklus-close-no-aliases = tidak, tdk, n
siklus-close-kept = Baik, siklus tetap berjalan.
# $name (String), $carried (Number)
siklus-closed = Siklus { $name } sudah ditutup. { $carried } aspirasi dibawa ke siklus berikutnya sebagai usulan tahun lalu.
siklus-close-none = Tidak ada siklus yang sedang berjalan.
# Notice to each Ketua RT when a cycle opens: no quota, no pressure. $name (String), $rt (String), $rw (String)
siklus-notice-opened =
    Bapak/Ibu Ketua RT { $rt } / RW { $rw }, siklus perencanaan { $name } sudah dibuka.
    Bila warga sempat berkumpul, hasil rembug RT bisa dicatat dengan /rembug. Tidak ada target jumlah usulan: "tidak ada usulan tahun ini" juga hasil yang sah.

# Notices of a confirmed rembug, to every proposer and supporter.
# $ticket (String), $rank (Number), $level (String) rt|rw|pokmas, $rt (String), $rw (String), $group (String) - nama pokmas,
# $funding (String) - kode sumber dana atau "none", $fundingLabel (String) - nama sumber dana
siklus-notice-prioritised = Usulan Bapak/Ibu { $ticket } masuk daftar prioritas { $level ->
    [rw] RW { $rw }
    [pokmas] { $group }
   *[rt] RT { $rt }
} (urutan { $rank }){ $funding ->
    [none] .
   *[other] , sumber dana { $fundingLabel }.
}
# $ticket (String), $level (String), $rt (String), $rw (String)
siklus-notice-not-prioritised = Usulan Bapak/Ibu { $ticket } belum diprioritaskan tahun ini di rembug { $level ->
    [rw] RW { $rw }
   *[rt] RT { $rt }
}, dan akan dibawa lagi ke rembug berikutnya.

siklus-funding-swadaya = swadaya
siklus-funding-apbd = APBD
siklus-funding-csr = CSR
siklus-funding-pusat = dana pusat
siklus-funding-lainnya = lainnya

# Daftar Panjang Usulan: where an item came from, and its priority number.
rekap-col-asal = Asal usulan
rekap-asal-warga = aspirasi warga
rekap-asal-rembug = rembug RT
rekap-asal-carry-over = usulan tahun lalu
# An item on an RT list only. $rt (String), $rank (Number)
rekap-no-rt = RT { $rt }: { $rank }
# /rekap: the confirmed priority lists of the current cycle.
rekap-priorities = Daftar prioritas hasil rembug (urut daftar RW, lalu urutan RT):
# $rw (String)
rekap-priorities-rw = RW { $rw }:
# $no (String) - nomor prioritas ("1" atau "RT 02: 1"), $title (String), $ticket (String), $funding (String) - sumber dana atau "none"
rekap-priority-line = • { $no }. { $title } ({ $ticket }){ $funding ->
    [none] {""}
   *[other] , sumber dana { $funding }
}
