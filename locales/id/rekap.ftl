## Recap for the LPMK (/rekap) and the Daftar Panjang Usulan export.

# $rw (String) - nomor RW dua digit, $date (Date) - waktu rekap
rekap-title-rw = *Rekap aspirasi RW { $rw }* per { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
# $date (Date) - waktu rekap
rekap-title-all = *Rekap aspirasi semua RW* per { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
# Each count says what it counts: aspirasi (what residents sent) or usulan (similar aspirasi merged into one).
# $aspirations (Number) - aspirasi masuk, $clusters (Number) - usulan setelah digabung,
# $waiting (Number) - aspirasi yang menunggu rembug, $waitingClusters (Number) - usulan yang memuat aspirasi itu
rekap-totals =
    Aspirasi masuk: { $aspirations } aspirasi dari warga
    Setelah aspirasi serupa digabung: { $clusters } usulan
    Menunggu dibahas di rembug: { $waiting } aspirasi (dalam { $waitingClusters } usulan)
# $count (Number) - aspirasi yang belum selesai diolah
rekap-pending = Masih diolah: { $count } aspirasi (akan masuk rekap sebentar lagi).
rekap-by-category = Per bidang (jumlah aspirasi):
# $category (String), $count (Number) - aspirasi
rekap-category-line = • { $category }: { $count } aspirasi
rekap-top = Usulan dengan pendukung terbanyak:
# $n (Number) - urutan, $title (String) - judul usulan, $supporters (Number), $ticket (String), $rw (String)
rekap-top-line = { $n }. { $title } — { $supporters } pendukung ({ $ticket })
rekap-top-line-rw = { $n }. RW { $rw }: { $title } — { $supporters } pendukung ({ $ticket })
# Under a top usulan that names a place or has a pin. $location (String) - lokasi, koordinat dan tautan peta
rekap-top-location = {"   "}Lokasi: { $location }
rekap-per-rw = Per RW:
# $rw (String), $aspirations (Number), $clusters (Number) - usulan, $waiting (Number) - aspirasi menunggu rembug
rekap-rw-line = • RW { $rw }: { $aspirations } aspirasi → { $clusters } usulan; { $waiting } aspirasi menunggu rembug
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
# $year (String) - tahun Musrenbang Kelurahan
rekap-doc-cycle = Siklus perencanaan: Musrenbang Kelurahan { $year }
# $date (Date) - waktu berkas dibuat
rekap-doc-created = Dibuat: { DATETIME($date, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit") }
rekap-doc-empty = Belum ada usulan dari RW ini.
# Footer of every printed page; each RW's pages count from 1. $rw (String) - RW dua digit, $page (String) - diisi program spreadsheet
rekap-print-footer = Daftar Panjang Usulan RW { $rw } · Halaman { $page }
# The Lokasi column and the recap's location line when a pin was sent.
# $place (String) - lokasi yang diketik, $coords (String) - "lintang, bujur", $url (String) - tautan OpenStreetMap
rekap-lokasi-with-pin = { $place } (titik { $coords }, peta: { $url })
# $coords (String), $url (String)
rekap-lokasi-pin-only = Titik { $coords } (peta: { $url })

# $coords (String) - "lintang, bujur", on its own line in the printable sheet
rekap-lokasi-coords = Titik { $coords }

## Admin command line (npm run admin -- rekap).
# $file (String) - path lengkap berkas, $rws (Number) - jumlah RW, $rows (Number) - jumlah usulan
rekap-admin-written = Daftar Panjang Usulan ({ $rws } RW, { $rows } usulan) disimpan di { $file }
