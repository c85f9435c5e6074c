## Words that work anywhere, with or without "/" (words of every language count; add local words freely).
# Next to an option label, `<key>-aliases` lists the words that choose that option in the same way.

keyword-cancel-aliases = batal, batalkan
keyword-menu-aliases = menu
keyword-help-aliases = bantuan, tolong
keyword-lang-aliases = bahasa
keyword-optout-aliases = berhenti
keyword-optin-aliases = mulai
keyword-delete-aliases = hapus data, hapusdata, hapus-data
keyword-start-aliases = start

## Engine: input problems, sessions.

access-denied = Mohon maaf, fitur ini hanya untuk pengurus yang berwenang (LPMK, ketua RT/RW atau Pokmas sesuai wilayahnya). Permintaan Bapak/Ibu sudah kami catat.
flow-cancelled = Baik, dibatalkan. Data yang belum dikirim tidak disimpan.
flow-nothing-to-cancel = Tidak ada proses yang sedang berjalan.
registration-cancelled-hint = Pendaftaran belum selesai. Ketik /start kapan saja untuk mendaftar lagi.
flow-left = Proses sebelumnya kami tutup.
# $kelurahan (String) - nama kelurahan
help-text = *Bantuan* — layanan aspirasi LPMK { $kelurahan }
    Bapak/Ibu cukup membalas dengan *angka* pilihan.
    Kata yang bisa diketik kapan saja:
    • MENU — kembali ke menu utama
    • BATAL — membatalkan proses yang sedang berjalan
    • BAHASA — ganti bahasa Indonesia/English
    • BERHENTI / MULAI — berhenti atau mulai lagi menerima pengumuman (kabar tentang usulan Bapak/Ibu sendiri tetap dikirim)
    • HAPUS DATA — menghapus data diri Bapak/Ibu
    • /status — melihat status aspirasi
    • /tautkan — menautkan akun Telegram dan WhatsApp Bapak/Ibu
lang-switched = Bahasa diganti ke Bahasa Indonesia.
broadcast-opted-out = Baik, Bapak/Ibu tidak akan menerima pengumuman lagi. Kabar tentang usulan Bapak/Ibu sendiri tetap kami kirim. Ketik MULAI untuk menerima pengumuman kembali.
broadcast-opted-in = Baik, Bapak/Ibu akan menerima pengumuman dari LPMK kembali.
# $name (String) - nama warga
welcome-back = Selamat datang kembali, { $name }.
# $command (String) - perintah yang diketik
command-unknown = Maaf, perintah { $command } tidak dikenal. Ketik MENU untuk melihat pilihan.
registration-required = Mohon selesaikan pendaftaran terlebih dahulu.
consent-refused-reminder = Bapak/Ibu belum menyetujui penggunaan data pribadi, jadi kami belum bisa menerima aspirasi. Ketik /start untuk memulai lagi.

input-stale-button = Tombol itu sudah tidak berlaku. Mohon jawab pertanyaan berikut.
input-unsupported-sticker = Maaf, stiker belum bisa kami baca.
input-unsupported-voice = Maaf, pesan suara belum bisa kami dengar. Mohon ketik jawabannya.
input-unsupported-audio = Maaf, berkas audio belum bisa kami terima. Mohon ketik jawabannya.
input-unsupported-video = Maaf, video belum bisa kami terima.
input-unsupported-document = Maaf, dokumen belum bisa kami terima.
input-unsupported-contact = Maaf, kontak belum bisa kami terima.
input-unsupported-other = Maaf, pesan jenis ini belum bisa kami baca.
input-choice-expected = Mohon balas dengan angka pilihan.
# $max (Number) - jumlah pilihan
input-choice-out-of-range = Pilihan itu tidak ada. Mohon balas dengan angka 1 sampai { $max }.
# $numbers (String) - nomor-nomor yang ada di daftar, mis. "1, 2, 4, 5"
input-choice-not-listed = Nomor itu tidak ada di daftar. Mohon balas dengan salah satu nomor ini: { $numbers }.
input-choice-no-match = Maaf, jawaban itu tidak kami kenali. Mohon balas dengan angka 1 sampai { $max }.
menu-not-understood = Maaf, kami belum memahami pesan itu. Silakan pilih dari menu dengan mengetik angkanya (1 sampai { $max }).
input-text-not-photo = Foto bisa dikirim nanti pada langkah foto. Untuk pertanyaan ini, mohon ketik jawabannya.
input-text-expected = Mohon ketik jawabannya dalam bentuk teks.
input-text-empty = Pesannya kosong. Mohon ketik jawabannya.
input-text-no-words = Mohon ketik jawabannya dengan kata-kata, bukan hanya emoji atau tanda baca.
# $min (Number) - panjang minimal, $length (Number) - panjang yang dikirim
input-text-too-short = Jawabannya terlalu pendek ({ $length } huruf). Mohon tulis paling sedikit { $min } huruf.
# $max (Number) - panjang maksimal, $length (Number) - panjang yang dikirim
input-text-too-long = Jawabannya terlalu panjang ({ $length } huruf). Mohon ringkas menjadi paling banyak { $max } huruf.
input-location-invalid = Titik lokasi itu tidak valid. Mohon ketik alamat atau patokannya.
input-location-expected = Mohon ketik lokasinya (misalnya "Gang Mawar depan musala") atau kirim titik lokasi.
input-photo-failed = Maaf, foto gagal kami terima. Mohon kirim ulang fotonya, atau pilih Lewati.
input-photo-failed-resend = Maaf, foto gagal kami terima. Mohon kirim ulang fotonya.
input-photo-expected = Mohon kirim satu foto, atau pilih Lewati.
input-document-not-pdf = Maaf, di sini hanya berkas PDF yang bisa kami terima. Gambar mohon dikirim sebagai foto.
# $mb (Number) - ukuran berkas terbesar, dalam MB
input-document-too-large = Maaf, berkasnya terlalu besar. Paling besar { $mb } MB; mohon perkecil berkasnya lalu kirim lagi.
input-document-failed = Maaf, berkas gagal kami terima. Mohon kirim ulang berkasnya, atau pilih Lewati.

## Step kinds: ordered pick, amount, count, date and time.

# $order (String) - the picks so far, one "1. label" per line
input-pick-order = Urutan pilihan Bapak/Ibu:
    { $order }
# $max (Number) - batas pilihan, $left (Number) - sisa pilihan
input-pick-more = Pilih nomor berikutnya (masih bisa { $left } lagi), atau ketik SELESAI bila sudah. Ketik ULANG untuk mengulang.
input-pick-done-aliases = selesai, sudah, cukup, done
input-pick-reset-aliases = ulang, ulangi, reset
input-pick-reset = Baik, pilihan dikosongkan. Silakan pilih lagi dari awal.
# $number (String) - nomor yang diketik
input-pick-not-listed = Nomor { $number } tidak ada di daftar. Ketik nomor-nomornya, misalnya "4 1 7".
# $label (String) - pilihan yang sudah dipilih
input-pick-duplicate = "{ $label }" sudah dipilih. Mohon pilih yang lain.
# $max (Number) - batas pilihan
input-pick-too-many = Paling banyak { $max } pilihan. Ketik ULANG untuk mengulang.
# $min (Number) - pilihan minimal
input-pick-too-few = Mohon pilih paling sedikit { $min }.
input-pick-unreadable = Mohon ketik nomor pilihan sesuai urutan, misalnya "4 1 7", atau satu per satu.

input-amount-unreadable = Mohon ketik jumlahnya dalam rupiah, misalnya "Rp 25.000.000", "25 juta" atau "2,5 M".
# $min (String) - jumlah minimal, sudah berformat Rp
input-amount-too-small = Jumlahnya paling sedikit { $min }.
# $max (String) - jumlah maksimal, sudah berformat Rp
input-amount-too-large = Jumlahnya paling banyak { $max }.

# $min (Number), $max (Number) - batas jumlah
input-count-unreadable = Mohon ketik jumlahnya dengan angka, misalnya "12".
input-count-out-of-range = Mohon ketik angka { $min } sampai { $max }.

# $date (String) - hari dan tanggal, $time (String) - jam "19.30", $zone (String) - WIB/WITA/WIT
datetime-display = { $date } pukul { $time } { $zone }
input-datetime-unreadable = Maaf, tanggal dan jamnya belum kami pahami. Contoh: "Sabtu 12/12 19.30", "besok jam 8" atau "12-12-2026 19:30".
input-datetime-no-time = Jamnya belum ada. Mohon tambahkan jamnya, misalnya "besok jam 8" atau "Sabtu 12/12 19.30".
input-datetime-bad-date = Tanggal itu tidak ada di kalender. Mohon periksa lagi, misalnya "12/12 19.30".
# $weekday (String) - nama hari tanggal itu
input-datetime-weekday-mismatch = Tanggal itu jatuh pada hari { $weekday }. Mohon periksa lagi hari atau tanggalnya.
# $when (String) - waktu yang dibaca
input-datetime-past = { $when } sudah lewat. Mohon ketik waktu yang akan datang, misalnya "besok jam 8".

session-restarted = Maaf, percakapan sebelumnya tidak bisa dilanjutkan. Kita mulai dari menu.
session-expired = Isian Bapak/Ibu sebelumnya sudah kami tutup karena lama tidak dilanjutkan. Silakan mulai lagi dari menu.
session-flow-changed = Maaf, langkah-langkah layanan ini baru saja diperbarui, jadi kita mulai lagi dari awal.

# An edited message (Telegram or WhatsApp) is not processed; said once per chat.
message-edited-not-processed = Pesan yang diubah tidak kami proses; mohon kirim ulang.

error-internal = Mohon maaf, terjadi gangguan pada layanan kami. Silakan coba lagi dari menu; aspirasi yang sudah terkirim tetap tersimpan.

options-reply-hint = Balas dengan angka:

## Console simulator (shown only in a terminal).

# $user (String) - the simulated user id
console-welcome = ({ $user }) Ketik pesan seperti di aplikasi chat, misalnya "halo". Simulasi: /foto <berkas>, /dokumen <berkas.pdf>, /lokasi <lat> <lon>, /stiker, /suara. Ctrl-D untuk keluar.
