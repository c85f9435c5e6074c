## Registration: welcome, consent (UU 27/2022), name, RW, RT.

# $rw (String) - nomor RW dua digit
area-rw-label = RW { $rw }
# $rt (String) - nomor RT dua digit
area-rt-label = RT { $rt }

# $kelurahan (String) - nama kelurahan
registrasi-welcome =
    Selamat datang di layanan aspirasi LPMK { $kelurahan }.
    Melalui layanan ini Bapak/Ibu dapat menyampaikan usulan pembangunan dan keluhan lingkungan, lalu memantau tindak lanjutnya sampai Musrenbang Kelurahan.
registrasi-consent = *Persetujuan data pribadi* (UU No. 27 Tahun 2022)
    Kami akan menyimpan nama, RW/RT, dan aspirasi Bapak/Ibu (termasuk foto dan lokasi bila dikirim).
    Tujuannya untuk mengelompokkan usulan per RW dan menyampaikannya ke Musrenbang Kelurahan { $kelurahan }.
    Data hanya dapat dilihat oleh pengurus LPMK dan ketua RT/RW yang bersangkutan. Bapak/Ibu dapat menghapus data kapan saja dengan mengetik HAPUS DATA.
    Apakah Bapak/Ibu setuju?
registrasi-consent-yes = Setuju
registrasi-consent-yes-aliases = ya, setuju, ok, oke
registrasi-consent-no = Tidak setuju
registrasi-consent-no-aliases = tidak, tdk, gak, nggak, tidak setuju
registrasi-consent-refused = Baik, kami tidak menyimpan data Bapak/Ibu selain catatan bahwa Bapak/Ibu tidak setuju. Bila berubah pikiran, ketik /start untuk memulai lagi.
registrasi-name = Siapa nama Bapak/Ibu? (ketik nama lengkap)
registrasi-name-invalid = Mohon ketik nama dengan huruf.
# $name (String) - nama warga
registrasi-rw = Terima kasih, { $name }. Bapak/Ibu tinggal di RW berapa?
# $rw (String) - nomor RW
registrasi-rt = Di RW { $rw }, Bapak/Ibu tinggal di RT berapa?
# $name (String), $rw (String), $rt (String)
registrasi-done = Pendaftaran selesai. Terima kasih, { $name } (RT { $rt } / RW { $rw }).
