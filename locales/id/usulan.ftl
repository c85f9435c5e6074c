## /usulan (LPMK): one proposal in full, moving proposals after the Musrenbang; "sudah beres?" for residents.

usulan-unavailable = Fitur tindak lanjut usulan belum aktif di server ini.
usulan-usage = Cara memakai /usulan:
    • /usulan ASP-7K3Q — rincian satu usulan
    • /usulan ASP-7K3Q disetujui rkpd — memindahkan status
    • /usulan ASP-7K3Q ditolak [alasan]
    • /usulan ASP-7K3Q ASP-P4MN disetujui — beberapa usulan sekaligus
    • /usulan rw 3 diusulkan-musrenbang — semua usulan satu RW
    • /usulan rekap — per RW: selesai dan dikonfirmasi warga
    Status: diusulkan-musrenbang, disetujui, ditolak, dikerjakan, selesai.
# $ticket (String)
usulan-unknown-ticket = Tiket { $ticket } tidak ditemukan. Periksa kembali nomornya.
# $word (String), $statuses (String)
usulan-unknown-status = Status "{ $word }" tidak dikenal. Pilih salah satu: { $statuses }.
usulan-force-admin-only = Hanya admin LPMK yang dapat memaksa perpindahan status.
# $ticket, $status (String)
usulan-refused-same = Usulan { $ticket } sudah berstatus «{ $status }».
# $ticket, $from, $to, $allowed (String)
usulan-refused-order = Usulan { $ticket } tidak dapat dipindah ke «{ $to }»: statusnya sekarang «{ $from }». «{ $to }» hanya dapat dicapai dari: { $allowed }. Admin LPMK dapat memaksanya dengan menambahkan kata "paksa".
usulan-needs-reason = Status «Ditolak» memerlukan alasan.
usulan-needs-channel = Status «Disetujui» memerlukan saluran pendanaan.

usulan-status-diusulkan-musrenbang-aliases = musrenbang, diusulkan, usulkan, diusulkan musrenbang
usulan-status-disetujui-aliases = setuju, disetujui, diterima musrenbang, approve
usulan-status-ditolak-aliases = tolak, ditolak, tidak disepakati
usulan-status-dikerjakan-aliases = kerjakan, dikerjakan, proses, dalam pengerjaan
usulan-status-selesai-aliases = selesai, beres, rampung, tuntas

usulan-reason-prompt = Apa alasan penolakannya?
usulan-reason-dobel = Sudah diusulkan / dobel
usulan-reason-dobel-aliases = dobel, ganda, sudah diusulkan
usulan-reason-kewenangan = Bukan kewenangan kelurahan
usulan-reason-kewenangan-aliases = kewenangan, bukan kewenangan
usulan-reason-lokasi = Lokasi tidak sesuai
usulan-reason-lokasi-aliases = lokasi
usulan-reason-anggaran = Anggaran tidak cukup
usulan-reason-anggaran-aliases = anggaran, dana, biaya
usulan-reason-lainnya = Lainnya (tulis alasan)
usulan-reason-lainnya-aliases = lainnya, lain
usulan-reason-write = Tuliskan alasannya dalam satu kalimat.

usulan-channel-prompt = Melalui saluran pendanaan apa usulan ini disetujui?
usulan-channel-rkpd = RKPD
usulan-channel-rkpd-aliases = rkpd
usulan-channel-apbd-kelurahan = APBD kelurahan
usulan-channel-apbd-kelurahan-aliases = apbd, apbd kelurahan, dana kelurahan
usulan-channel-swadaya = Swadaya
usulan-channel-swadaya-aliases = swadaya, gotong royong
usulan-channel-csr = CSR
usulan-channel-csr-aliases = csr
usulan-channel-dana-pusat = Dana pusat
usulan-channel-dana-pusat-aliases = pusat, dana pusat, apbn

usulan-batch-confirm = Lanjutkan?
usulan-batch-yes = Ya, pindahkan
usulan-batch-yes-aliases = ya, lanjut, oke
usulan-batch-no = Batal
usulan-batch-no-aliases = tidak, jangan
usulan-batch-cancelled = Dibatalkan. Tidak ada usulan yang dipindah.
# $count (Number), $status (String), $refused (Number)
usulan-batch-summary = { $count } usulan akan dipindah ke «{ $status }»{ $refused ->
    [0] .
   *[other] ; { $refused } tidak dapat dipindah (lihat di bawah).
}
# $status (String)
usulan-batch-none = Tidak ada usulan yang dapat dipindah ke «{ $status }».
# $count (Number), $status (String)
usulan-batch-moved = { $count } usulan dipindah ke «{ $status }». Warga di balik setiap usulan diberi tahu.
# $ticket, $status (String)
usulan-moved = Usulan { $ticket } dipindah ke «{ $status }». Warga di balik usulan ini diberi tahu.
usulan-moved-forced = Usulan { $ticket } dipaksa pindah ke «{ $status }» (tercatat di log audit). Warga di balik usulan ini diberi tahu.

# $ticket, $category, $description, $location, $rw, $rt, $status, $origin (String), $supporters (Number)
usulan-detail = *{ $ticket }* · { $category }
    Uraian: { $description }
    Lokasi: { $location } (RT { $rt } / RW { $rw })
    Status: *{ $status }*
    Asal: { $origin }
    Pendukung: { $supporters } warga
usulan-origin-warga = aspirasi warga
usulan-origin-rembug = diusulkan dalam rembug
usulan-detail-rahasia = 🔒 Rahasia: hanya untuk LPMK.
# $name (String)
usulan-detail-reporter = Pelapor: { $name }
usulan-detail-history = Riwayat:
# $count (Number)
usulan-detail-linked = Aspirasi terkait ({ $count }):
# $ticket, $rt, $description (String)
usulan-detail-linked-line = • { $ticket } (RT { $rt }): { $description }
# $date (Date), $text (String)
usulan-history-line = { DATETIME($date, day: "numeric", month: "short", year: "numeric") } · { $text }
# $status, $reason (String)
usulan-history-reason = { $status }: { $reason }
# $status, $channel (String)
usulan-history-channel = { $status } melalui { $channel }
# $rt, $rw (String), $rank (Number)
usulan-history-rank-rt = masuk daftar prioritas RT { $rt }, urutan { $rank }
# $rw (String), $rank (Number)
usulan-history-rank-rw = masuk daftar prioritas RW { $rw }, urutan { $rank }
# $group (String) - nama kelompok (Pokmas), $rank (Number)
usulan-history-rank-pokmas = masuk daftar prioritas { $group }, urutan { $rank }

## The notice residents get for every change.
# $ticket, $status, $detail, $next (String)
usulan-notice = Kabar usulan { $ticket }: sekarang *{ $status }*.{ $detail }
    { $next }
# $reason (String)
usulan-notice-reason = {" "}Alasan: { $reason }.
# $channel (String)
usulan-notice-channel = {" "}Pendanaan: { $channel }.
usulan-next-diusulkan-musrenbang = Usulan ini dibawa ke Musrenbang Kelurahan. Kami kabari lagi hasilnya.
usulan-next-disetujui = Berikutnya usulan ini dijadwalkan untuk dikerjakan. Kami kabari saat pekerjaan dimulai.
usulan-next-ditolak = Bapak/Ibu dapat menyampaikannya lagi pada siklus berikutnya, atau bertanya ke pengurus LPMK.
usulan-next-dikerjakan = Pekerjaan sedang berjalan. Kami kabari saat selesai.
usulan-next-selesai = Beberapa hari lagi kami akan bertanya apakah hasilnya sudah beres.

## "Sudah beres?" after selesai.
# $ticket (String)
beres-question = Usulan { $ticket } sudah dinyatakan selesai. Apakah di lapangan sudah beres?
beres-sudah = Sudah beres
beres-sudah-aliases = sudah, beres, ya
beres-belum = Belum
beres-belum-aliases = belum, tidak
beres-sebagian = Sebagian
beres-sebagian-aliases = sebagian, setengah
beres-photo = Jika berkenan, kirim foto kondisinya sekarang, atau pilih Lewati.
beres-skip = Lewati
beres-skip-aliases = lewati, skip, tidak ada
beres-comment = Ada catatan? Tulis singkat, atau ketik "lewati".
# $ticket (String)
beres-thanks-done = Terima kasih! Konfirmasi Bapak/Ibu untuk { $ticket } sudah dicatat.
beres-thanks-reopened = Terima kasih. Usulan { $ticket } dibuka kembali sebagai «Dikerjakan» dan LPMK sudah diberi tahu.
beres-later = Untuk menjawab nanti, ketik /beres { $ticket }.
beres-none = Tidak ada pertanyaan "sudah beres?" yang menunggu jawaban Bapak/Ibu untuk tiket itu.
# $ticket, $name, $answer, $comment, $photo (String)
beres-lpmk-report = Laporan warga: usulan { $ticket } dijawab «{ $answer }» oleh { $name }. Usulan dibuka kembali sebagai «Dikerjakan».
    Catatan: { $comment }
    Foto: { $photo }
# Dipakai di laporan untuk pengurus LPMK bukan admin, bila aspirasinya rahasia.
beres-lpmk-someone = warga pelapor (rahasia)

## npm run admin -- usulan import FILE
usulan-import-empty = Berkas tidak berisi baris usulan.
# $ticket (String)
usulan-import-bad-ticket = "{ $ticket }" bukan nomor tiket (contoh: ASP-7K3Q).
# $ticket (String), $line (Number)
usulan-import-duplicate = tiket { $ticket } sudah ada di baris { $line }.
# $channel (String)
usulan-import-bad-channel = saluran "{ $channel }" tidak dikenal (RKPD, APBD kelurahan, swadaya, CSR, dana pusat).
# $file (String)
usulan-import-no-file = Berkas { $file } tidak ditemukan.
# $column (String)
usulan-import-no-column = Kolom "{ $column }" tidak ada di baris judul.
# $count (Number)
usulan-import-none-applied = Tidak ada yang diterapkan: { $count } baris bermasalah. Perbaiki lalu jalankan lagi.
# $line (Number), $error (String)
usulan-import-line = Baris { $line }: { $error }
# $count, $notified (Number)
usulan-import-applied = { $count } usulan dipindah; { $notified } warga diberi tahu.

## Exports after the Musrenbang (Daftar Usulan Tidak Disepakati, berita acara).
# $kelurahan (String)
usulan-export-kelurahan = Kelurahan: { $kelurahan }
# $cycle (String)
usulan-export-cycle = Siklus: { $cycle }
# $date (Date)
usulan-export-date = Tanggal: { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
usulan-export-rejected-title = DAFTAR USULAN TIDAK DISEPAKATI
usulan-export-rejected-sheet = Tidak Disepakati
usulan-export-rahasia-sheet = Rahasia (khusus LPMK)
usulan-export-col-no = No
usulan-export-col-ticket = Tiket
usulan-export-col-usulan = Usulan
usulan-export-col-rw = RW
usulan-export-col-reason = Alasan
usulan-export-ba-title = BERITA ACARA MUSRENBANG KELURAHAN
# $rw (String)
usulan-export-ba-rw = RW { $rw }
# $total, $women, $youth, $elderly, $disabled (Number)
usulan-export-ba-attendance = Kehadiran rembug RW: { $total } orang (perempuan { $women }, pemuda { $youth }, lansia { $elderly }, disabilitas { $disabled })
usulan-export-ba-attendance-none = Kehadiran rembug RW: belum dicatat
usulan-export-ba-agreed = Usulan yang disepakati
usulan-export-ba-rejected = Usulan yang tidak disepakati
usulan-export-ba-empty = (tidak ada)
# $no (Number), $ticket, $usulan, $channel (String)
usulan-export-ba-agreed-line = { $no }. { $ticket } · { $usulan } · pendanaan: { $channel }
# $no (Number), $ticket, $usulan, $reason (String)
usulan-export-ba-rejected-line = { $no }. { $ticket } · { $usulan } · alasan: { $reason }
# $file (String), $rows (Number)
usulan-export-written = Berkas { $file } ditulis ({ $rows } usulan).

## Rekap tindak lanjut per RW (/usulan rekap, npm run admin -- usulan rekap).
usulan-recap-header = Tindak lanjut usulan per RW (selesai · dikonfirmasi warga sudah beres · dilaporkan belum/sebagian):
usulan-recap-empty = Belum ada usulan.
# $rw (String), $done, $confirmed, $disputed (Number)
usulan-recap-line = RW { $rw }: { $done } selesai · { $confirmed } warga mengonfirmasi · { $disputed } warga melaporkan belum beres
# $statuses (String) - status dan jumlah usulan, misalnya "Masuk prioritas 2 · Selesai 1"
usulan-recap-statuses = {"  "}Usulan menurut status: { $statuses }
# $status (String) - nama status, $count (Number) - jumlah usulan
usulan-recap-status = { $status } { $count }
