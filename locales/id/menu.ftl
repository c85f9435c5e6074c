## Main menu, profile, deleting data.

menu-prompt = *Menu utama*. Silakan pilih layanan:
menu-aspirasi = Sampaikan aspirasi
menu-aspirasi-aliases = aspirasi, usulan, sampaikan
menu-status = Cek status aspirasi
menu-status-aliases = status, cek status
menu-profil = Ubah data diri
menu-profil-aliases = profil, ubah data
menu-bahasa = Bahasa / Language
menu-bantuan = Bantuan

# $name, $rw, $rt (String)
profil-current =
    Data Bapak/Ibu saat ini:
    Nama: { $name }
    Wilayah: RT { $rt } / RW { $rw }
    Apa yang ingin diubah?
profil-field-name = Nama
profil-field-area = RW dan RT
profil-field-back = Kembali ke menu
profil-field-back-aliases = kembali
profil-saved = Data diri sudah diperbarui.

hapus-data-nothing = Kami tidak menyimpan data pribadi Bapak/Ibu.
hapus-data-confirm = Hapus data diri Bapak/Ibu (nama, RW/RT, dan akun chat ini)? Aspirasi yang sudah dikirim tetap disimpan tanpa nama. Tindakan ini tidak bisa dibatalkan.
hapus-data-yes = Ya, hapus
hapus-data-yes-aliases = ya, hapus
hapus-data-no = Tidak
hapus-data-no-aliases = tidak, tdk, jangan
hapus-data-kept = Baik, data Bapak/Ibu tidak dihapus.
hapus-data-done = Data diri Bapak/Ibu sudah dihapus. Terima kasih telah menggunakan layanan ini. Ketik /start bila ingin mendaftar lagi.

## Menu entries for heads and LPMK members (shown only to those whose roles allow them).
menu-role-rembug = Rembug (daftar prioritas)
menu-role-rekap = Rekap aspirasi
menu-role-umumkan = Kirim pengumuman
menu-role-siklus = Siklus perencanaan
menu-role-usulan = Tindak lanjut usulan
menu-role-undang = Undang ketua / pengurus
menu-role-peran = Daftar pemegang peran
menu-role-dasbor = Dasbor web (tautan masuk)
