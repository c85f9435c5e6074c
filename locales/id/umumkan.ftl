## /umumkan: pengumuman LPMK (undangan rapat dan sosialisasi), RSVP, pengingat, dan /siaran (laporan pengiriman).

umumkan-kind-prompt = Jenis pengumuman apa yang ingin Bapak/Ibu kirim?
umumkan-kind-undangan = Undangan rapat
umumkan-kind-undangan-aliases = undangan, rapat
umumkan-kind-sosialisasi = Sosialisasi / informasi
umumkan-kind-sosialisasi-aliases = sosialisasi, informasi, info
umumkan-denied-undangan = Kader dapat mengirim sosialisasi saja. Undangan rapat dikirim oleh pengurus LPMK atau ketua RT/RW.
umumkan-denied-scope = Bapak/Ibu hanya dapat mengirim pengumuman ke wilayah tugas Bapak/Ibu sendiri.
umumkan-unavailable = Mohon maaf, pengumuman belum dapat dikirim saat ini.

umumkan-audience-prompt = Kepada siapa pengumuman ini dikirim?
umumkan-audience-semua = Semua warga
umumkan-audience-semua-aliases = semua, semua warga
umumkan-audience-rw = Warga RW tertentu
umumkan-audience-rw-aliases = rw
umumkan-audience-rt = Warga satu RT
umumkan-audience-rt-aliases = rt
umumkan-audience-ketua-rt = Semua ketua RT
umumkan-audience-ketua-rt-aliases = ketua rt
umumkan-audience-ketua-rw = Semua ketua RW
umumkan-audience-ketua-rw-aliases = ketua rw
umumkan-audience-lpmk = Pengurus LPMK
umumkan-audience-lpmk-aliases = lpmk, pengurus
umumkan-audience-kader = Kader
umumkan-audience-kader-aliases = kader
umumkan-audience-agenda = Warga yang usulannya dibahas
umumkan-audience-agenda-aliases = usulan, agenda
# $rws (String) - nomor RW, dipisah koma
umumkan-audience-rw-list = warga RW { $rws }
# $rw (String), $rt (String)
umumkan-audience-rt-one = warga RT { $rt } RW { $rw }
# $rw (String)
umumkan-audience-agenda-rw = warga yang usulannya ada di daftar RW { $rw }
umumkan-rw-prompt = Ketik nomor RW tujuan, boleh lebih dari satu (contoh: 1 3 5).
umumkan-rw-invalid = Mohon ketik nomor RW saja, contoh: 1 3 5.
# $rw (String)
umumkan-rw-unknown = RW { $rw } tidak ada di kelurahan ini. Mohon periksa nomornya.
umumkan-rt-prompt = Ketik nomor RW lalu nomor RT (contoh: RW 3 RT 2, atau 3 2).
umumkan-rt-invalid = Mohon ketik nomor RW lalu nomor RT, contoh: 3 2.
# $rw (String), $rt (String)
umumkan-rt-unknown = RT { $rt } RW { $rw } tidak ada di kelurahan ini. Mohon periksa nomornya.
umumkan-agenda-rw-prompt = Usulan RW berapa yang dibahas? Ketik nomor RW-nya (contoh: 3).
# $audience (String), $reach (Number), $telegram (Number), $whatsapp (Number), $other (Number), $berhenti (Number), $unreachable (Number)
umumkan-count =
    Penerima: { $audience }.
    Akan dikirim ke { $reach } orang ({ $telegram } lewat Telegram, { $whatsapp } lewat WhatsApp, { $other } lewat saluran lain).
    Dilewati: { $berhenti } orang yang memilih berhenti menerima pengumuman, { $unreachable } orang tanpa obrolan yang aktif.
umumkan-nobody = Tidak ada penerima yang dapat dihubungi. Mohon pilih penerima lain.

umumkan-title-prompt = Apa judul rapatnya? (contoh: Rembug warga RW 03)
umumkan-when-prompt = Hari, tanggal, dan jam rapat? (contoh: Sabtu 12/12 19.30, atau besok jam 8)
umumkan-when-passed = Waktu rapat itu sudah lewat. Mohon ketik waktu yang baru.
umumkan-place-prompt = Di mana tempatnya? (contoh: Balai RW 03)
umumkan-agenda-prompt = Apa agendanya?
umumkan-text-prompt = Ketik isi informasi yang ingin disampaikan.
umumkan-poster-prompt = Ada poster, foto atau berkas PDF untuk dilampirkan? Kirim foto atau PDF-nya, atau pilih Lewati.
umumkan-skip = Lewati
umumkan-skip-aliases = lewati, tidak ada, tdk
umumkan-link-prompt = Ada tautan (link) untuk informasi lebih lanjut? Ketik tautannya, atau ketik Lewati.
umumkan-link-invalid = Tautan harus diawali http://, https://, atau www. Ketik Lewati jika tidak ada.

# $message (String) - pesan seperti yang diterima warga, $audience (String), $reach (Number), $berhenti (Number), $when (String) - kapan dikirim
umumkan-preview =
    Pratinjau, seperti yang akan diterima warga:
    ────────
    { $message }
    ────────
    Dikirim kepada { $audience }: { $reach } orang ({ $berhenti } dilewati karena berhenti).
    { $when }
    Kirim?
umumkan-preview-poster = (dengan lampiran poster)
# $file (String) - nama berkas PDF yang dikirim
umumkan-preview-document = Lampiran: { $file } (PDF)
umumkan-preview-empty = Pengumuman belum lengkap. Mohon mulai lagi dengan /umumkan.
umumkan-send = Kirim
umumkan-send-aliases = kirim, ya, ok, oke
umumkan-edit = Ubah
umumkan-edit-aliases = ubah, ganti
umumkan-cancel = Batal
umumkan-cancel-aliases = { "" }
umumkan-cancelled = Pengumuman dibatalkan, tidak ada yang dikirim.
umumkan-queued = Terima kasih. Pengumuman sedang dikirim bertahap. Bapak/Ibu akan menerima laporan singkat setelah selesai; lihat juga /siaran.

## Pesan yang diterima warga

# $id (String), $from (String), $title (String), $when (String), $place (String), $agenda (String)
umumkan-msg-undangan =
    📣 Undangan rapat dari { $from }
    { $title }
    Waktu: { $when }
    Tempat: { $place }
    Agenda: { $agenda }
# $id (String), $from (String), $text (String)
umumkan-msg-sosialisasi =
    📢 Informasi dari { $from }
    { $text }
# $link (String)
umumkan-msg-link = Selengkapnya: { $link }
# $id (String)
umumkan-msg-poster = Poster pengumuman { $id }
umumkan-rsvp-question = Apakah Bapak/Ibu akan hadir?
# $id (String) - nomor undangan
umumkan-rsvp-later = Untuk menjawab kehadiran, ketik /rsvp { $id }
umumkan-rsvp-hadir = Hadir
umumkan-rsvp-hadir-aliases = hadir, datang, ya
umumkan-rsvp-tidak = Tidak hadir
umumkan-rsvp-tidak-aliases = tidak hadir, tidak, tidak bisa
umumkan-rsvp-mungkin = Mungkin
umumkan-rsvp-mungkin-aliases = mungkin, belum tahu
# $id (String), $title (String), $when (String), $place (String)
umumkan-reminder-h1 =
    ⏰ Pengingat: besok ada rapat "{ $title }"
    Waktu: { $when }
    Tempat: { $place }
# $id (String), $title (String), $when (String), $place (String)
umumkan-reminder-soon =
    ⏰ Pengingat: rapat "{ $title }" segera dimulai.
    Waktu: { $when }
    Tempat: { $place }

## RSVP

# $id (String) - nomor yang diketik
rsvp-unknown = Mohon maaf, undangan { $id } tidak ditemukan untuk Bapak/Ibu. Periksa nomornya pada pesan undangan.
# $title (String)
rsvp-late = Mohon maaf, rapat sudah dimulai. Jawaban kehadiran tidak dapat diubah lagi.
# $id (String), $title (String)
rsvp-ask = Undangan { $id }: { $title }. Apakah Bapak/Ibu akan hadir?
# $id (String)
rsvp-thanks-hadir = Terima kasih, kehadiran Bapak/Ibu kami catat. Jawaban dapat diubah dengan /rsvp { $id } sebelum rapat dimulai.
# $id (String)
rsvp-thanks-tidak = Terima kasih atas kabarnya. Jawaban dapat diubah dengan /rsvp { $id } sebelum rapat dimulai.
# $id (String)
rsvp-thanks-mungkin = Terima kasih, kami catat "mungkin". Jawaban dapat diubah dengan /rsvp { $id } sebelum rapat dimulai.

## /siaran: daftar pengumuman dan laporan pengiriman

# $id (String), $kind (String), $what (String)
siaran-title = #{ $id } { $kind }: { $what }
siaran-none = Belum ada pengumuman yang dikirim.
siaran-list-head = Pengumuman terakhir:
siaran-list-footer = Ketik /siaran <nomor> untuk melihat laporan pengirimannya.
# $sent (Number), $total (Number)
siaran-list-counts = terkirim { $sent } dari { $total }
# $id (String)
siaran-not-found = Pengumuman { $id } tidak ditemukan.
## Waktu kirim (sekarang, pada waktu tertentu, berulang) dan pengaturan /siaran: batal, jeda, lanjut, ubah

umumkan-when-send-prompt = Kapan pengumuman ini dikirim?
umumkan-when-now = Sekarang
umumkan-when-now-aliases = sekarang, kirim sekarang, langsung
umumkan-when-later = Pada waktu tertentu
umumkan-when-later-aliases = nanti, jadwalkan, terjadwal, waktu tertentu
umumkan-when-repeat = Berulang (jadwal tetap)
umumkan-when-repeat-aliases = berulang, ulang, rutin
umumkan-send-at-prompt = Kapan dikirim? Ketik hari, tanggal, dan jam (contoh: Senin depan 09.00, atau tgl 5 jam 16).
# $when (String)
umumkan-send-at-after-meeting = Undangan harus dikirim sebelum rapatnya dimulai ({ $when }). Mohon ketik waktu yang lebih awal.
umumkan-repeat-prompt = Diulang seperti apa?
umumkan-repeat-weekly = Setiap minggu, pada hari yang sama
umumkan-repeat-weekly-aliases = mingguan, setiap minggu, tiap minggu
umumkan-repeat-monthly-nth = Setiap bulan, pada hari ke-sekian (contoh: Selasa kedua)
umumkan-repeat-monthly-nth-aliases = bulanan hari, hari ke, selasa kedua
umumkan-repeat-monthly-date = Setiap bulan, pada tanggal yang sama
umumkan-repeat-monthly-date-aliases = bulanan tanggal, tanggal, tiap tanggal
umumkan-repeat-first-prompt = Kapan kiriman yang pertama? Ketik hari, tanggal, dan jam (contoh: Selasa 8/12 08.00). Kiriman berikutnya mengikuti hari dan jam itu.
umumkan-repeat-too-late = Hari itu tidak ada di setiap bulan. Mohon pilih tanggal 1 sampai 28 (contoh: Selasa 8/12 08.00).
# $weekday (String), $time (String), $zone (String)
umumkan-repeat-desc-weekly = setiap hari { $weekday } pukul { $time } { $zone }
# $weekday (String), $nth (String), $time (String), $zone (String)
umumkan-repeat-desc-monthly-nth = setiap hari { $weekday } { $nth } tiap bulan pukul { $time } { $zone }
# $day (String), $time (String), $zone (String)
umumkan-repeat-desc-monthly-date = setiap tanggal { $day } tiap bulan pukul { $time } { $zone }
umumkan-repeat-nth-1 = pertama
umumkan-repeat-nth-2 = kedua
umumkan-repeat-nth-3 = ketiga
umumkan-repeat-nth-4 = keempat
umumkan-preview-when-now = Waktu kirim: sekarang.
# $when (String)
umumkan-preview-when-at = Waktu kirim: { $when }.
# $rule (String), $first (String)
umumkan-preview-when-repeat = Dikirim { $rule }; yang pertama { $first }.
# $when (String)
umumkan-queued-at = Terima kasih. Pengumuman dijadwalkan dan akan dikirim { $when }. Sebelum itu dapat dibatalkan lewat /siaran.
# $rule (String), $first (String)
umumkan-queued-repeat = Terima kasih. Pengumuman akan dikirim { $rule }, mulai { $first }. Setiap kiriman punya laporannya sendiri; hentikan lewat /siaran.
# $id (String), $title (String), $when (String), $place (String)
umumkan-notice-changed =
    📢 Perubahan waktu rapat "{ $title }" (undangan { $id })
    Waktu baru: { $when }
    Tempat: { $place }
    Jawaban kehadiran Bapak/Ibu tetap tercatat; dapat diubah dengan /rsvp { $id }.
# $id (String), $title (String), $when (String), $place (String)
umumkan-notice-cancelled =
    ❌ Rapat "{ $title }" (undangan { $id }) pada { $when } dibatalkan.
    Mohon maaf atas perubahan ini.

siaran-phase-scheduled = terjadwal
siaran-phase-running = sedang dikirim
siaran-phase-paused = dijeda
siaran-phase-finished = selesai
siaran-phase-cancelled = dibatalkan
# $counts (String), $phase (String)
siaran-list-state = { $counts } · { $phase }
# $when (String)
siaran-list-send-at = dikirim { $when }
siaran-repeat-head = Pengumuman berulang:
# $id (String), $kind (String), $what (String), $rule (String), $next (String)
siaran-repeat-line =
    R{ $id } { $kind }: { $what }
      { $rule }; berikutnya { $next }
siaran-control-footer = Atur: /siaran batal <nomor>, /siaran jeda <nomor>, /siaran lanjut <nomor>, /siaran ubah <nomor> <waktu baru>. Pengumuman berulang dihentikan dengan /siaran batal R<nomor>.
siaran-cmd-batal = batal, batalkan, hentikan, stop
siaran-cmd-jeda = jeda, tunda, pause
siaran-cmd-lanjut = lanjut, lanjutkan, resume
siaran-cmd-ubah = ubah, pindah, geser
# $id (String)
siaran-cancelled-scheduled = Pengumuman #{ $id } dibatalkan sebelum dikirim; tidak ada warga yang menerimanya.
# $id (String)
siaran-cancelled-meeting = Rapat #{ $id } dibatalkan. Pemberitahuan pembatalan dikirim kepada warga yang sudah menerima undangannya, dan tidak ada pengingat yang akan dikirim.
# $id (String)
siaran-cancel-too-late = Pengumuman #{ $id } sudah mulai dikirim, sehingga tidak dapat dibatalkan. Pengiriman dapat dijeda dengan /siaran jeda { $id }.
# $id (String)
siaran-already-cancelled = Pengumuman #{ $id } sudah dibatalkan.
# $id (String)
siaran-paused = Pengiriman #{ $id } dijeda. Pesan yang belum terkirim ditahan sampai Bapak/Ibu mengetik /siaran lanjut { $id }.
# $id (String)
siaran-pause-not-running = Pengumuman #{ $id } sedang tidak dikirim, sehingga tidak dapat dijeda.
# $id (String)
siaran-resumed = Pengiriman #{ $id } dilanjutkan.
# $id (String)
siaran-resume-not-paused = Pengumuman #{ $id } tidak sedang dijeda.
# $id (String)
siaran-schedule-stopped = Pengumuman berulang R{ $id } dihentikan; tidak ada kiriman berikutnya.
# $id (String)
siaran-schedule-not-found = Pengumuman berulang R{ $id } tidak ditemukan.
siaran-control-usage = Mohon sebutkan nomor pengumumannya, contoh: /siaran jeda 3. Pengumuman berulang: /siaran batal R1.
siaran-ubah-usage = Ketik /siaran ubah <nomor> <waktu baru>, contoh: /siaran ubah 3 Sabtu 5/12 19.30.
siaran-ubah-not-undangan = Hanya undangan rapat yang dapat dipindah waktunya.
# $id (String)
siaran-ubah-closed = Rapat #{ $id } sudah dimulai atau dibatalkan, sehingga waktunya tidak dapat diubah.
# $id (String), $when (String)
siaran-ubah-done = Rapat #{ $id } dipindah ke { $when }. Pemberitahuan perubahan dikirim sekali kepada warga yang sudah menerima undangannya; pengingat lama dihapus dan dibuat ulang untuk waktu yang baru.
# $id (String)
siaran-denied = Pengumuman #{ $id } dikirim oleh pengurus lain. Bapak/Ibu hanya dapat mengatur pengumuman yang Bapak/Ibu kirim sendiri.
rsvp-cancelled = Mohon maaf, rapat ini sudah dibatalkan, sehingga jawaban kehadiran tidak dicatat.
# $when (String)
siaran-ubah-before-send = Undangan ini baru akan dikirim { $when }. Mohon pilih waktu rapat sesudahnya.
