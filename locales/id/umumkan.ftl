## /umumkan: pengumuman LPMK (undangan rapat dan sosialisasi), RSVP, pengingat, dan /siaran (laporan pengiriman).

umumkan-kind-prompt = Jenis pengumuman apa yang ingin Bapak/Ibu kirim?
umumkan-kind-undangan = Undangan rapat
umumkan-kind-undangan-aliases = undangan, rapat
umumkan-kind-sosialisasi = Sosialisasi / informasi
umumkan-kind-sosialisasi-aliases = sosialisasi, informasi, info
umumkan-denied-undangan = Mohon maaf, kader dapat mengirim sosialisasi saja. Undangan rapat dikirim oleh pengurus LPMK atau ketua RT/RW.
umumkan-denied-scope = Mohon maaf, Bapak/Ibu hanya dapat mengirim pengumuman ke wilayah tugas Bapak/Ibu sendiri.
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
umumkan-poster-prompt = Ada poster atau foto untuk dilampirkan? Kirim fotonya, atau pilih Lewati.
umumkan-skip = Lewati
umumkan-skip-aliases = lewati, tidak ada, tdk
umumkan-link-prompt = Ada tautan (link) untuk informasi lebih lanjut? Ketik tautannya, atau ketik Lewati.
umumkan-link-invalid = Tautan harus diawali http://, https://, atau www. Ketik Lewati jika tidak ada.

# $message (String) - pesan seperti yang diterima warga, $audience (String), $reach (Number), $berhenti (Number)
umumkan-preview =
    Pratinjau, seperti yang akan diterima warga:
    ────────
    { $message }
    ────────
    Dikirim kepada { $audience }: { $reach } orang ({ $berhenti } dilewati karena berhenti).
    Kirim sekarang?
umumkan-preview-poster = (dengan lampiran poster)
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
