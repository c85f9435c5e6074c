## Recap for the LPMK (/rekap) and the Daftar Panjang Usulan export.

# $rw (String) - nomor RW dua digit, $date (Date) - waktu rekap
rekap-title-rw = *Rekap aspirasi RW { $rw }* per { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
# $date (Date) - waktu rekap
rekap-title-all = *Rekap aspirasi semua RW* per { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
# $aspirations (Number) - aspirasi masuk, $clusters (Number) - usulan setelah digabung, $waiting (Number) - menunggu rembug
rekap-totals =
    Aspirasi masuk: { $aspirations } ({ $clusters } usulan setelah usulan serupa digabung)
    Menunggu dibahas di rembug: { $waiting }
# $count (Number) - aspirasi yang belum selesai diolah
rekap-pending = Masih diolah: { $count } aspirasi (akan masuk rekap sebentar lagi).
rekap-by-category = Per bidang:
# $category (String), $count (Number)
rekap-category-line = • { $category }: { $count }
rekap-top = Usulan dengan pendukung terbanyak:
# $n (Number) - urutan, $title (String) - judul usulan, $supporters (Number), $ticket (String), $rw (String)
rekap-top-line = { $n }. { $title } — { $supporters } warga ({ $ticket })
rekap-top-line-rw = { $n }. RW { $rw }: { $title } — { $supporters } warga ({ $ticket })
rekap-per-rw = Per RW:
# $rw (String), $aspirations (Number), $clusters (Number), $waiting (Number)
rekap-rw-line = • RW { $rw }: { $aspirations } aspirasi, { $clusters } usulan, { $waiting } menunggu rembug
rekap-empty = Belum ada aspirasi yang masuk.
# $rw (String) - nomor RW yang diketik
rekap-unknown-rw = RW { $rw } tidak terdaftar di kelurahan ini.
rekap-file-prompt = Perlu berkasnya? Pilih format:
rekap-file-xlsx = Kirim berkas Excel (.xlsx)
rekap-file-xlsx-aliases = { "" }
rekap-file-csv = Kirim berkas CSV
rekap-file-csv-aliases = { "" }
rekap-file-md = Kirim teks tabel (.md)
rekap-file-md-aliases = teks
rekap-file-none = Tidak, terima kasih
rekap-file-none-aliases = tidak, selesai
rekap-file-coming = Baik, berkas Daftar Panjang Usulan sedang disiapkan dan akan segera dikirim.
# $rw (String) - "semua RW" atau "RW 03"
rekap-file-caption = Daftar Panjang Usulan { $rw }
rekap-file-all-rw = semua RW
# $rw (String) - nomor RW, dua digit
rekap-file-one-rw = RW { $rw }
rekap-file-failed = Maaf, berkas rekap gagal dibuat. Silakan coba lagi nanti atau hubungi pengelola.
rekap-unavailable = Maaf, rekap belum tersedia saat ini.

## Column headers of the Daftar Panjang Usulan (export files).
rekap-col-no = No. prioritas
rekap-col-usulan = Usulan
rekap-col-lokasi = Lokasi
rekap-col-rt = RT
rekap-col-rw = RW
rekap-col-kategori = Kategori
rekap-col-bidang = Bidang (Tridaya)
rekap-col-pendukung = Pendukung
rekap-col-sumber-dana = Sumber dana
rekap-col-volume = Volume
rekap-col-satuan = Satuan
rekap-col-biaya = Perkiraan biaya
rekap-col-swadaya = Potensi swadaya
rekap-col-tiket = Tiket asal
# $rw (String) - nomor RW dua digit
rekap-sheet-name = RW { $rw }
# $rw (String), $kelurahan (String)
rekap-doc-title = Daftar Panjang Usulan RW { $rw } — Kelurahan { $kelurahan }
