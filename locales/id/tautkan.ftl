## /tautkan: menautkan akun Telegram dan WhatsApp milik satu orang dengan kode sekali pakai.

tautkan-prompt = *Tautkan akun*. Bapak/Ibu bisa memakai layanan ini dari Telegram dan WhatsApp sebagai satu orang yang sama. Pemberitahuan akan dikirim ke aplikasi yang terakhir Bapak/Ibu pakai.
tautkan-option-create = Buat kode untuk akun saya yang lain
tautkan-option-create-aliases = buat, buat kode
tautkan-option-redeem = Saya sudah punya kode
tautkan-option-redeem-aliases = punya kode, kode
tautkan-ask-code = Silakan ketik kode 8 karakter yang Bapak/Ibu terima di aplikasi yang lain.
tautkan-code-format = Kode terdiri dari 8 huruf dan angka, misalnya 7K3QM9XA. Mohon ketik lagi, atau ketik BATAL.
# $code (String) - kode sekali pakai
# $minutes (Number) - masa berlaku kode dalam menit
tautkan-code-issued = Kode tautan Bapak/Ibu: *{ $code }*
    Buka aplikasi yang lain (Telegram atau WhatsApp), kirim pesan ke layanan ini: TAUTKAN { $code }
    Kode berlaku { $minutes } menit dan hanya bisa dipakai sekali. Jangan berikan kode ini kepada orang lain.
tautkan-how-to = Untuk menautkan akun ini dengan akun Bapak/Ibu yang sudah terdaftar: ketik /tautkan di aplikasi yang sudah terdaftar, lalu kirim TAUTKAN diikuti kodenya di sini, misalnya TAUTKAN 7K3QM9XA.
# $name (String) - nama warga yang terdaftar
tautkan-linked = Berhasil. Akun ini sekarang tertaut dengan data Bapak/Ibu { $name }. Ketik MENU untuk melanjutkan.
# $channel (String) - nama aplikasi yang baru ditautkan (Telegram/WhatsApp)
tautkan-linked-notice = Pemberitahuan: akun { $channel } baru saja ditautkan dengan data Bapak/Ibu. Jika ini bukan Bapak/Ibu, segera hubungi pengurus LPMK.
tautkan-code-wrong = Maaf, kode ini tidak dapat dipakai: kode tidak dikenal, sudah kedaluwarsa, atau tidak dikirim dari aplikasi yang lain. Kode dibuat dengan /tautkan di aplikasi yang sudah terdaftar, lalu dikirim dari aplikasi yang lain (misalnya kode dari Telegram dikirim lewat WhatsApp).
tautkan-too-many-attempts = Terlalu banyak percobaan kode yang salah. Mohon coba lagi satu jam lagi.
tautkan-channel-telegram = Telegram
tautkan-channel-whatsapp = WhatsApp
tautkan-channel-console = konsol
tautkan-channel-fake = uji coba
