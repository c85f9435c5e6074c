## WhatsApp channel: hints added by the adapter, the one-time group notice and the admin /status-wa view.

whatsapp-reply-with-number = Balas dengan angka:
whatsapp-group-notice = Mohon maaf, Bapak/Ibu. Layanan aspirasi LPMK tidak melayani percakapan grup. Silakan kirim pesan langsung (pribadi) ke nomor ini.

## /status-wa (pengurus LPMK)

# $state (String) - keadaan koneksi (sudah diterjemahkan)
# $since (Date) - sejak kapan
# $paced (Number) - pesan terjadwal (notifikasi/pengumuman) yang terkirim dalam satu jam terakhir
# $cap (Number) - batas pesan terjadwal per jam
whatsapp-status = *Status WhatsApp*: { $state }
    Sejak: { DATETIME($since, day: "numeric", month: "short", hour: "numeric", minute: "numeric") }
    Pesan terjadwal 1 jam terakhir: { $paced } dari { $cap }
# $code (Number) - kode penutupan terakhir dari WhatsApp
# $attempt (Number) - percobaan ke-berapa
whatsapp-status-retry = Koneksi terakhir ditutup dengan kode { $code }; percobaan ke-{ $attempt }.
# $me (String) - akun WhatsApp yang tertaut
whatsapp-status-me = Nomor tertaut: { $me }
whatsapp-status-unavailable = WhatsApp tidak aktif di server ini (WHATSAPP_ENABLED=false).
whatsapp-state-idle = belum dimulai
whatsapp-state-connecting = sedang menyambung
whatsapp-state-waiting-for-link = menunggu ditautkan (pindai kode QR atau masukkan kode pairing)
whatsapp-state-open = tersambung
whatsapp-state-reconnecting = terputus, mencoba menyambung lagi
whatsapp-state-logged-out = keluar (logged out): data tautan dihapus, tautkan ulang nomor lalu mulai ulang bot
whatsapp-state-banned = diblokir oleh WhatsApp (403): nomor tidak bisa dipakai
whatsapp-state-replaced = digantikan sesi lain (440): hentikan sesi lain lalu mulai ulang bot
whatsapp-state-stopped = dihentikan
