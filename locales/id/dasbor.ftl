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

## Page 1: Ringkasan
dasbor-ringkasan-title = Ringkasan
