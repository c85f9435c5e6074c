## /tautkan: menautkan akun Telegram dan WhatsApp milik satu orang dengan kode sekali pakai.

tautkan-prompt = *Tautkan akun*. Bapak/Ibu bisa memakai layanan ini dari Telegram dan WhatsApp sebagai satu orang yang sama. Pemberitahuan akan dikirim ke aplikasi yang terakhir Bapak/Ibu pakai.
tautkan-option-create = Buat kode untuk akun saya yang lain
tautkan-option-create-aliases = buat, buat kode
tautkan-option-redeem = Saya sudah punya kode
tautkan-option-redeem-aliases = punya kode, kode
tautkan-ask-code = Silakan ketik kode 6 angka yang Bapak/Ibu terima di aplikasi yang lain.
tautkan-code-format = Kode terdiri dari 6 angka, misalnya 482913. Mohon ketik lagi, atau ketik BATAL.
# $code (String) - kode sekali pakai
# $minutes (Number) - masa berlaku kode dalam menit
tautkan-code-issued = Kode tautan Bapak/Ibu: *{ $code }*
    Buka aplikasi yang lain (Telegram atau WhatsApp), kirim pesan ke layanan ini: TAUTKAN { $code }
    Kode berlaku { $minutes } menit dan hanya bisa dipakai sekali. Jangan berikan kode ini kepada orang lain.
tautkan-how-to = Untuk menautkan akun ini dengan akun Bapak/Ibu yang sudah terdaftar: ketik /tautkan di aplikasi yang sudah terdaftar, lalu kirim TAUTKAN diikuti kodenya di sini, misalnya TAUTKAN 482913.
# $name (String) - nama warga yang terdaftar
tautkan-linked = Berhasil. Akun ini sekarang tertaut dengan data Bapak/Ibu { $name }. Ketik MENU untuk melanjutkan.
# $channel (String) - nama aplikasi yang baru ditautkan (Telegram/WhatsApp)
tautkan-linked-notice = Pemberitahuan: akun { $channel } baru saja ditautkan dengan data Bapak/Ibu. Jika ini bukan Bapak/Ibu, segera hubungi pengurus LPMK.
tautkan-code-wrong = Maaf, kode tidak dikenal atau sudah kedaluwarsa. Mohon buat kode baru dengan /tautkan di aplikasi yang sudah terdaftar.
tautkan-same-account = Akun ini sudah tertaut dengan data yang sama. Tidak ada yang perlu diubah.
tautkan-same-channel = Kode ini harus dikirim dari aplikasi yang lain (misalnya kode dari Telegram dikirim lewat WhatsApp).
tautkan-too-many-attempts = Terlalu banyak percobaan kode yang salah. Mohon coba lagi satu jam lagi.
tautkan-channel-telegram = Telegram
tautkan-channel-whatsapp = WhatsApp
tautkan-channel-console = konsol
tautkan-channel-fake = uji coba
