# The LPMK web dashboard (issue 13): /dasbor in the chat, the sign-in page, the frame and the core pages.

## Chat: /dasbor
dasbor-chat-link = Tautan masuk dasbor LPMK (berlaku { $minutes } menit, hanya sekali pakai):
    { $url }
    Jangan teruskan tautan ini kepada orang lain. Untuk keluar dari semua perangkat, kirim /dasbor keluar.
dasbor-chat-signed-out = { $count ->
    [0] Tidak ada sesi dasbor yang terbuka.
    *[other] { $count } sesi dasbor sudah diakhiri. Bapak/Ibu perlu tautan baru (/dasbor) untuk masuk lagi.
  }
dasbor-chat-usage = Kirim /dasbor untuk tautan masuk, atau /dasbor keluar untuk mengakhiri semua sesi dasbor.
dasbor-signout-aliases = keluar, logout, sign out, signout

## Frame
dasbor-brand = Dasbor LPMK { $kelurahan }
dasbor-nav-label = Menu dasbor
dasbor-nav-ringkasan = Ringkasan
dasbor-nav-usulan = Usulan
dasbor-nav-klaster = Klaster
dasbor-nav-unduh = Unduh
dasbor-nav-siaran = Siaran
dasbor-nav-peran = Peran & audit
dasbor-nav-antrian = Antrian
dasbor-signout = Keluar
dasbor-lang-id = Bahasa Indonesia
dasbor-lang-en = English
dasbor-back-home = Kembali ke Ringkasan

## Signing in
dasbor-signin-title = Masuk ke dasbor
dasbor-signin-confirm = Tautan ini masih berlaku. Tekan tombol di bawah untuk masuk.
dasbor-signin-button = Masuk
dasbor-signin-unknown = Tautan masuk ini tidak dikenal.
dasbor-signin-used = Tautan masuk ini sudah dipakai. Setiap tautan hanya bisa dipakai sekali.
dasbor-signin-expired = Tautan masuk ini sudah kedaluwarsa.
dasbor-signin-how = Untuk masuk, kirim /dasbor kepada bot Rembug di Telegram, WhatsApp atau konsol. Bot membalas dengan tautan yang berlaku 10 menit dan hanya sekali pakai. Dasbor terbuka untuk pengurus LPMK, admin dan ketua RW.
dasbor-signin-how-link = Cara masuk
dasbor-signin-needed-title = Perlu masuk
dasbor-signin-needed = Sesi Bapak/Ibu sudah berakhir atau belum dimulai. Silakan masuk lagi lewat /dasbor di chat.
dasbor-signed-out-title = Sudah keluar
dasbor-signed-out = Bapak/Ibu sudah keluar dari dasbor di perangkat ini.

## Refusals and errors
dasbor-denied-title = Akses ditolak
dasbor-denied-role = Dasbor hanya untuk pengurus LPMK, admin dan ketua RW. Peran Bapak/Ibu tidak mencakup dasbor.
dasbor-denied-scope = Halaman ini di luar wilayah atau peran Bapak/Ibu. Ketua RW hanya melihat RW-nya sendiri; usulan rahasia hanya untuk admin LPMK.
dasbor-csrf-title = Formulir kedaluwarsa
dasbor-csrf = Formulir ini tidak bisa diterima (token keamanan hilang atau kedaluwarsa). Silakan muat ulang halaman lalu coba lagi.
dasbor-rate-title = Terlalu banyak percobaan
dasbor-rate = Terlalu banyak percobaan masuk dari alamat ini. Silakan tunggu satu menit lalu coba lagi.
dasbor-bad-request-title = Permintaan tidak bisa diproses
dasbor-bad-request = Permintaan ini tidak bisa diproses. Silakan kembali lalu coba lagi.
dasbor-error-title = Terjadi kesalahan
dasbor-error = Maaf, halaman ini gagal dimuat. Silakan coba lagi sebentar lagi.

## Common words
dasbor-rw = RW { $rw }
dasbor-rt = RT { $rt }
dasbor-col-rw = RW
dasbor-col-aspirations = Aspirasi

dasbor-col-rt = RT
dasbor-col-area = Wilayah
dasbor-col-ticket = Tiket
dasbor-col-category = Kategori
dasbor-col-tridaya = Tridaya
dasbor-col-description = Uraian
dasbor-col-status = Status
dasbor-col-supporters = Pendukung
dasbor-col-source = Sumber
dasbor-col-date = Tanggal
dasbor-col-cycle = Siklus
dasbor-col-clusters = Klaster
dasbor-col-proposals = Usulan
dasbor-col-rembug-rt = Rembug RT selesai
dasbor-of = { $done } dari { $total }
dasbor-total = Jumlah
dasbor-rahasia = Rahasia
dasbor-source-warga = Warga
dasbor-source-rembug = Rembug
dasbor-source-lanjutan = Lanjutan siklus lalu
dasbor-member-own = Asli
dasbor-member-auto = Digabung otomatis
dasbor-member-merged = Digabung LPMK
dasbor-cycle-none = Tanpa siklus

## Page 1: Ringkasan
dasbor-ringkasan-title = Ringkasan
dasbor-ringkasan-per-rw = Per RW
dasbor-chart-rw = Aspirasi per RW
dasbor-chart-status = Usulan per status
dasbor-cycle-title = Siklus berjalan
dasbor-cycle-none-open = Belum ada siklus perencanaan yang dibuka. Admin LPMK membukanya dengan /siklus buka di chat.
dasbor-cycle-opened = Dibuka { $date }
dasbor-cycle-aspirations = { $count } aspirasi dalam siklus ini
dasbor-cycle-rt = Rembug RT yang sudah dikonfirmasi
dasbor-cycle-rw = Rembug RW yang sudah dikonfirmasi

## Page 2: Usulan
dasbor-usulan-title = Usulan
dasbor-usulan-caption = { $total } usulan sesuai saringan
dasbor-usulan-empty = Tidak ada usulan yang sesuai dengan saringan ini.
dasbor-usulan-members = (gabungan { $count } aspirasi)
dasbor-filter-q = Cari
dasbor-filter-q-hint = kata kunci atau nomor tiket
dasbor-filter-any = Semua
dasbor-filter-all = Tampilkan setiap aspirasi (bukan satu per klaster)
dasbor-filter-apply = Saring
dasbor-filter-reset = Hapus saringan
dasbor-filter-ignored = Sebagian saringan tidak dikenali dan diabaikan: { $fields }.
dasbor-search-unsearchable = Kata pencarian terlalu umum (misalnya hanya "yang", "di"). Silakan tulis kata yang lebih khas, misalnya "got mampet" atau "Jalan Mawar".
dasbor-pager-label = Halaman
dasbor-pager-prev = ← Sebelumnya
dasbor-pager-next = Berikutnya →
dasbor-pager-status = Halaman { $page } dari { $pages } · { $total } usulan

## Page 3: Detail
dasbor-detail-title = Usulan { $ticket }
dasbor-detail-unknown-title = Usulan tidak ditemukan
dasbor-detail-unknown = Nomor tiket ini tidak dikenal. Periksa kembali nomornya di daftar usulan.
dasbor-detail-place = Lokasi (ditulis warga)
dasbor-detail-pin = Titik lokasi
dasbor-detail-map = buka peta
dasbor-detail-no-pin = Tidak ada titik lokasi
dasbor-detail-reporter = Pelapor
dasbor-detail-photo = Foto
dasbor-detail-photo-alt = Foto kiriman warga untuk usulan { $ticket }
dasbor-detail-history = Riwayat status
dasbor-detail-no-history = Belum ada perubahan status.
dasbor-detail-ranks = Peringkat di daftar prioritas
dasbor-detail-no-ranks = Belum masuk daftar prioritas rembug yang sudah dikonfirmasi.
dasbor-detail-cluster = Anggota klaster
dasbor-detail-no-cluster = Usulan ini tidak tergabung dalam klaster.
dasbor-detail-member-state = Cara bergabung
dasbor-detail-representative = perwakilan

## Page 5: Aksi massal
dasbor-bulk-title = Pindahkan status usulan
dasbor-bulk-legend = Aksi untuk usulan yang dicentang
dasbor-bulk-select = Pilih
dasbor-bulk-to = Pindahkan ke
dasbor-bulk-pick = Pilih status
dasbor-bulk-channel = Saluran pendanaan (untuk Disetujui)
dasbor-bulk-reason = Alasan (untuk Ditolak)
dasbor-bulk-reason-text = Alasan lain
dasbor-bulk-force = Paksa (abaikan urutan status; khusus admin, tercatat di log audit)
dasbor-bulk-next = Lanjut
dasbor-bulk-hint = Bapak/Ibu akan melihat ringkasannya dulu sebelum status dipindahkan. Warga di balik setiap usulan diberi tahu.
dasbor-bulk-none-selected = Belum ada usulan yang dicentang.
dasbor-bulk-bad-selection = Pilihan ini tidak bisa diproses. Silakan kembali ke daftar lalu coba lagi.
dasbor-bulk-pick-status = Silakan pilih status tujuan.
dasbor-bulk-summary = { $count } usulan akan dipindah ke «{ $status }».{ $refused ->
    [0] {""}
   *[other] {" "}{ $refused } usulan tidak bisa dipindah (lihat di bawah).
  }
dasbor-bulk-refused = Tidak bisa dipindah ({ $count })
dasbor-bulk-nothing = Tidak ada usulan terpilih yang bisa dipindah ke status itu.
dasbor-bulk-confirm = Ya, pindahkan { $count } usulan ke «{ $status }»
dasbor-bulk-cancel = Batal
dasbor-bulk-back = Kembali ke daftar usulan
dasbor-bulk-changed = Tidak ada yang dipindah: sebagian usulan sudah berubah sejak ringkasan ditampilkan.
dasbor-bulk-done = { $count } usulan sudah dipindah ke «{ $status }». Warganya sedang diberi tahu.
