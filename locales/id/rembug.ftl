## Rembug RT, RW and Pokmas (/rembug): the ordered priority list, funding, attendance, berita acara.

# $rt, $rw (String) - nomor dua digit
rembug-area-rt = RT { $rt } / RW { $rw }
rembug-area-rw = RW { $rw }
# $name (String) - nama kelompok
rembug-area-pokmas = Pokmas { $name }
rembug-rt-label = RT { $rt }
rembug-none = -
rembug-unavailable = Maaf, fitur rembug belum aktif di sini.
rembug-usage = Ketik /rembug untuk rembug wilayah Bapak/Ibu sendiri.
rembug-no-area = Bapak/Ibu belum tercatat sebagai ketua RT, RW atau Pokmas, jadi belum dapat membuka rembug.
rembug-lpmk-hint = Rembug dijalankan oleh ketua RT, RW atau Pokmas. Untuk membuka kembali hasil yang sudah dikonfirmasi, ketik /rembug buka <RW> <RT> (misalnya /rembug buka 3 2), /rembug buka <RW> atau /rembug buka pokmas <nomor>.
rembug-no-cycle = Belum ada siklus perencanaan yang dibuka, jadi rembug belum dapat dicatat. Mohon tunggu LPMK membuka siklus (/siklus buka). Aspirasi warga tetap tersimpan dan akan masuk siklus berikutnya.
# $area (String) - wilayah
rembug-not-yours = Rembug { $area } hanya dapat dijalankan dan dilihat oleh ketuanya sendiri.
# $area (String), $version (Number)
rembug-already-confirmed = Rembug { $area } sudah dikonfirmasi (versi { $version }). Bila perlu diubah, mohon minta pengurus LPMK membukanya kembali.
# $area (String), $cycle (String) - nama siklus, $max (Number) - batas usulan
rembug-intro = *Rembug { $area }* — { $cycle }
    Daftar prioritas berisi paling banyak { $max } usulan, urut dari yang terpenting. Batas ini berlaku untuk setiap wilayah agar usulan yang dibawa ke musrenbang benar-benar yang utama.
# $confirmed, $pending (String) - daftar nomor RT
rembug-rw-progress =
    RT yang sudah mengonfirmasi rembug: { $confirmed }
    RT yang belum: { $pending }
# $area (String), $count (Number) - usulan dalam draf
rembug-draft-found = Ada draf rembug { $area } yang tersimpan ({ $count } usulan).
rembug-draft-prompt = Lanjutkan draf itu atau mulai dari awal?
rembug-draft-continue = Lanjutkan
rembug-draft-continue-aliases = lanjut, teruskan
rembug-draft-restart = Mulai ulang
rembug-draft-restart-aliases = ulang, baru
# $area (String), $max (Number), $page (Number), $pages (Number), $count (Number) - jumlah kandidat
rembug-pick-prompt =
    Kandidat usulan { $area } ({ $count } usulan, halaman { $page }/{ $pages }).
    Pilih paling banyak { $max } usulan, urut dari yang terpenting: ketik nomornya sekaligus (misalnya 4 1 7 atau 4,1,7) atau satu per satu lalu SELESAI. Ketik LAGI untuk halaman berikutnya, atau TIDAK ADA bila tidak ada kandidat yang dipilih.
rembug-page-next-aliases = lagi, next, berikutnya, selanjutnya
rembug-pick-none-aliases = tidak ada, tidak, kosong, none
# $ticket (String), $title (String) - judul netral, $category (String), $supporters (Number)
rembug-candidate-line = { $ticket } { $title } — { $supporters } pendukung
rembug-candidate-carried = usulan tahun lalu
rembug-candidate-raised = usulan rapat
# $rt (String), $rank (Number) - urutan di daftar RT
rembug-candidate-rt-rank = RT { $rt } no. { $rank }
# $count (Number) - usulan terpilih, $max (Number)
rembug-add-ask = Ada usulan yang muncul di rapat tetapi belum pernah dikirim lewat bot? ({ $count } dari paling banyak { $max } usulan sudah dipilih.)
rembug-add-ask-pokmas = Tambahkan usulan yang disepakati di rapat kelompok? ({ $count } dari paling banyak { $max } usulan.)
rembug-add-yes = Tambah usulan rapat
rembug-add-yes-aliases = tambah, ya, ada
rembug-add-no = Lanjut
rembug-add-no-aliases = lanjut, tidak, selesai, sudah
# $max (Number)
rembug-cap-reached = Daftar sudah berisi { $max } usulan, batas paling banyak. Untuk mengganti usulan, pilih Ubah di ringkasan.
rembug-add-category = Bidang usulan rapat ini?
rembug-add-description = Tuliskan uraian singkat usulannya.
rembug-add-location = Di mana lokasinya? (nama jalan, gang atau patokan)
# $ticket (String), $title (String), $rank (Number)
rembug-add-done = Usulan rapat dicatat dengan nomor { $ticket } ({ $title }), urutan { $rank }.
# $rank (Number), $count (Number), $ticket (String), $title (String)
rembug-item-header = Usulan { $rank } dari { $count }: { $ticket } { $title }
rembug-funding-prompt = Sumber dana yang direncanakan?
rembug-funding-swadaya = Swadaya
rembug-funding-swadaya-aliases = swadaya, gotong royong
rembug-funding-apbd = APBD
rembug-funding-apbd-aliases = apbd, pemda
rembug-funding-csr = CSR
rembug-funding-csr-aliases = csr, swasta
rembug-funding-pusat = Dana pusat
rembug-funding-pusat-aliases = pusat, apbn, dana pusat
rembug-funding-lainnya = Lainnya
rembug-funding-lainnya-aliases = lain, lainnya
rembug-skip = Lewati
rembug-skip-aliases = lewati, skip, tidak ada, -
rembug-volume-prompt = Volume dan satuannya, misalnya 150 m, 2 unit atau 30 m2. Ketik LEWATI bila belum tahu.
rembug-volume-unreadable = Maaf, volume belum terbaca. Tuliskan angka lalu satuannya, misalnya 150 m, 2 unit atau 30 m2, atau ketik LEWATI.
# $volume (String)
rembug-volume-noted = Volume: { $volume }
rembug-cost-prompt = Perkiraan biaya? Misalnya Rp 25.000.000, 25 jt atau 2,5 M. Ketik LEWATI bila belum ada.
# $cost (String) - jumlah rupiah
rembug-cost-noted = Perkiraan biaya: { $cost }
rembug-swadaya-prompt = Potensi swadaya warga untuk usulan ini? (tenaga, bahan, atau uang; misalnya "tenaga kerja bakti 20 orang, pasir 2 truk")
rembug-attendance-total = Berapa orang yang hadir di rembug?
# $total (Number) - jumlah hadir
rembug-attendance-women = Dari { $total } yang hadir, berapa perempuan? (ketik LEWATI bila tidak dicatat)
rembug-attendance-youth = Berapa pemuda? (LEWATI bila tidak dicatat)
rembug-attendance-elderly = Berapa lansia? (LEWATI bila tidak dicatat)
rembug-attendance-disabled = Berapa penyandang disabilitas? (LEWATI bila tidak dicatat)
# $total (Number)
rembug-attendance-over-total = Jumlah itu melebihi yang hadir ({ $total } orang). Mohon periksa lagi.
rembug-photo-prompt = Kirim foto daftar hadir atau berita acara yang ditandatangani, atau pilih Lewati.
# $area (String), $list (String) - daftar usulan, $total, $women, $youth, $elderly, $disabled (String), $photo (String)
rembug-summary = *Ringkasan rembug { $area }*
    { $list }

    Hadir: { $total } orang (perempuan { $women }, pemuda { $youth }, lansia { $elderly }, disabilitas { $disabled })
    Foto daftar hadir: { $photo }

    Setelah dikonfirmasi, hasil rembug dikunci.
# $rank (Number), $ticket, $title, $funding, $volume, $cost, $swadaya (String)
rembug-summary-item = { $rank }. { $ticket } { $title }
    {"   "}Dana: { $funding } · Volume: { $volume } · Biaya: { $cost } · Swadaya: { $swadaya }
rembug-summary-empty = (Tidak ada usulan tahun ini.)
rembug-summary-photo-yes = ada
rembug-summary-photo-no = tidak ada
rembug-confirm = Konfirmasi
rembug-confirm-aliases = konfirmasi, setuju, kirim
rembug-edit = Ubah
rembug-edit-aliases = ubah, edit
rembug-leave = Batal
rembug-left-draft-kept = Rembug belum dikonfirmasi. Drafnya tetap tersimpan; ketik /rembug untuk melanjutkan kapan saja.
rembug-funding-missing = Masih ada usulan tanpa sumber dana. Mohon dilengkapi dulu.
# $area (String), $count (Number)
rembug-confirmed = Terima kasih. Rembug { $area } dikonfirmasi dengan { $count } usulan dan sudah dikunci. Berita acaranya (PDF) segera dikirim.
rembug-locked = Rembug ini sudah dikonfirmasi sebelumnya; konfirmasi kedua tidak dicatat. Bila perlu diubah, mohon minta pengurus LPMK membukanya kembali.
rembug-edit-which = Apa yang ingin diubah?
rembug-edit-order = Pilihan dan urutan
rembug-edit-details = Rincian satu usulan
rembug-edit-attendance = Kehadiran
rembug-edit-none = Tidak jadi
rembug-edit-item-which = Usulan mana?
rembug-reopen-lpmk-only = Membuka kembali hasil rembug hanya dapat dilakukan pengurus LPMK.
rembug-reopen-usage = Ketik /rembug buka <RW> <RT>, misalnya /rembug buka 3 2; /rembug buka <RW> untuk rembug RW; /rembug buka pokmas <nomor>.
# $area (String)
rembug-reopen-nothing = Belum ada hasil rembug { $area } yang dikonfirmasi di siklus ini.
# $area (String), $version (Number)
rembug-reopened = Rembug { $area } dibuka kembali sebagai versi { $version }. Versi sebelumnya tetap tersimpan di riwayat; ketua dapat mengubah lalu mengonfirmasi lagi.

## Berita acara (PDF)
rembug-pdf-heading-rt = BERITA ACARA REMBUG RT
rembug-pdf-heading-rw = BERITA ACARA REMBUG RW
rembug-pdf-heading-pokmas = BERITA ACARA REMBUG POKMAS
# $area (String), $kelurahan (String)
rembug-pdf-subheading = Daftar Skala Prioritas Usulan { $area }, Kelurahan { $kelurahan }
rembug-pdf-kelurahan = Kelurahan: { $kelurahan }
rembug-pdf-area = Wilayah: { $area }
# $cycle (String)
rembug-pdf-cycle = Siklus perencanaan: { $cycle }
# $date (String)
rembug-pdf-date = Tanggal konfirmasi: { $date }
# $version (Number)
rembug-pdf-version = Versi: { $version }
# $total (String)
rembug-pdf-attendance = Jumlah hadir: { $total } orang
# $women, $youth, $elderly, $disabled (String)
rembug-pdf-inclusion = Di antaranya perempuan { $women }, pemuda { $youth }, lansia { $elderly }, penyandang disabilitas { $disabled }
rembug-pdf-photo-yes = Foto daftar hadir/berita acara: terlampir di sistem
rembug-pdf-photo-no = Foto daftar hadir/berita acara: tidak ada
rembug-pdf-col-rank = No.
rembug-pdf-col-item = Usulan
rembug-pdf-col-funding = Sumber dana
rembug-pdf-col-volume = Volume
rembug-pdf-col-cost = Perkiraan biaya
rembug-pdf-col-swadaya = Potensi swadaya
# $supporters (Number)
rembug-pdf-source-aspirasi = Aspirasi warga, { $supporters } pendukung
rembug-pdf-source-carry-over = Usulan tahun lalu, { $supporters } pendukung
rembug-pdf-source-rembug = Usulan rapat rembug
rembug-pdf-source-rt-list = Dari daftar RT, { $supporters } pendukung
rembug-pdf-empty = Tidak ada usulan yang diprioritaskan tahun ini.
rembug-pdf-sign-head-rt = Ketua RT
rembug-pdf-sign-head-rw = Ketua RW
rembug-pdf-sign-head-pokmas = Ketua Pokmas
rembug-pdf-sign-secretary = Notulis
rembug-pdf-sign-witness = Perwakilan warga
# $id (Number) - nomor hasil rembug
rembug-pdf-footer = Dibuat oleh bot Rembug, hasil nomor { $id }.
# $area (String)
rembug-pdf-caption = Berita acara rembug { $area }
rembug-pdf-failed = Maaf, berita acara PDF gagal dibuat. Hasil rembug tetap tersimpan; pengurus LPMK sudah dapat melihatnya.

## RW list: combining lines by hand (gabung).
rembug-merge-hint = Usulan dari RT yang berbeda tetapi sebenarnya satu kegiatan dapat digabung: ketik GABUNG.
rembug-merge-aliases = gabung, gabungkan
rembug-merge-raised = Usulan yang baru diajukan dalam rembug ini tidak dapat digabung; yang dapat digabung hanya usulan dari daftar rembug RT.
rembug-merge-rw-only = Penggabungan usulan hanya untuk daftar rembug RW.
rembug-merge-prompt = Nomor usulan mana yang digabung menjadi satu? Ketik dua nomor atau lebih, misalnya 2 5. Ketik KEMBALI untuk kembali ke daftar.
rembug-merge-cancel-aliases = kembali
# $count (Number) - jumlah baris di daftar
rembug-merge-invalid = Mohon ketik dua nomor atau lebih dari daftar (1 sampai { $count }), misalnya 2 5.
# $tickets (String) - tiket yang digabung, $number (Number) - nomor barunya
rembug-merge-done = Usulan { $tickets } digabung menjadi satu, kini nomor { $number }. Asal usulannya (RT, urutan, pendukung) tetap tercatat. Silakan pilih urutan lagi dari daftar yang baru.
# $tickets (String)
rembug-candidate-merged = gabungan { $tickets }
