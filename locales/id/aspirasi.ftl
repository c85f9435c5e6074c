## Aspiration flow.

category-jalan = Jalan / gang
category-drainase = Drainase / gorong-gorong
category-sanitasi = MCK / sanitasi
category-air-bersih = Air bersih
category-persampahan = Persampahan
category-pendidikan = Pendidikan
category-kesehatan = Kesehatan
category-sosial-budaya = Sosial budaya
category-ekonomi = Ekonomi / UMKM
category-keamanan = Keamanan / ketertiban
category-lainnya = Lainnya

tridaya-lingkungan = Lingkungan
tridaya-sosial = Sosial
tridaya-ekonomi = Ekonomi

aspirasi-category = Aspirasi Bapak/Ibu termasuk bidang apa?
# $category (String) - nama bidang yang diperkirakan
aspirasi-category-guess = Uraian Bapak/Ibu sudah kami catat. Sepertinya aspirasi ini termasuk bidang *{ $category }*. Benar?
aspirasi-category-guess-yes = Ya, benar
aspirasi-category-guess-other = Pilih bidang lain
aspirasi-category-kept = Uraian Bapak/Ibu sudah kami catat. Mohon pilih bidangnya dari daftar berikut.
# $min (Number) - panjang minimal uraian
aspirasi-description = Mohon ceritakan usulan atau keluhannya (paling sedikit { $min } huruf). Contoh: "Jalan di Gang Mawar berlubang dan tergenang saat hujan."
aspirasi-location = Di mana lokasinya? Ketik alamat atau patokan (misalnya "Gang Mawar depan musala"), atau kirim titik lokasi.
# $lat (String), $lon (String) - koordinat
aspirasi-location-pin = Titik lokasi { $lat }, { $lon }
aspirasi-photo = Bila ada, kirim satu foto kondisinya. Bila tidak ada, pilih Lewati.
aspirasi-photo-skip = Lewati
aspirasi-photo-skip-aliases = lewati, tidak, tidak ada, tdk
aspirasi-photo-received = Foto diterima.
# $category, $description, $location, $photo, $rw, $rt (String)
aspirasi-summary = *Ringkasan aspirasi*
    Bidang: { $category }
    Uraian: { $description }
    Lokasi: { $location }
    Foto: { $photo }
    Wilayah: RT { $rt } / RW { $rw }
    Kirim aspirasi ini?
aspirasi-summary-photo-yes = ada
aspirasi-summary-photo-no = tidak ada
aspirasi-send = Kirim
aspirasi-send-aliases = kirim, ya, ok, oke
aspirasi-edit = Ubah
aspirasi-edit-aliases = ubah, ganti
aspirasi-cancel = Batal
# $ticket (String) - nomor tiket
aspirasi-done =
    Terima kasih, aspirasi Bapak/Ibu sudah kami terima.
    Nomor tiket: *{ $ticket }*
    Simpan nomor ini. Ketik /status { $ticket } untuk melihat perkembangannya.
aspirasi-edit-which = Bagian mana yang ingin diubah?
aspirasi-field-category = Bidang
aspirasi-field-description = Uraian
aspirasi-field-location = Lokasi
aspirasi-field-photo = Foto
aspirasi-field-none = Tidak jadi, kembali ke ringkasan

## After Kirim: rahasia (issue 11) and similar proposals of the RW (issue 9).
# Words that name the RT or RW head in a report: rahasia is offered when the text contains one (whole words).
aspirasi-rahasia-head-words = pak rt, pak rw, bu rt, bu rw, ketua rt, ketua rw, pengurus rt, pengurus rw, pak erte, pak erwe
aspirasi-rahasia-offer =
    Laporan ini bisa ditandai *RAHASIA*.
    Bila rahasia, laporan dan nama Bapak/Ibu hanya dilihat pengurus LPMK. Ketua RT, Ketua RW dan warga lain tidak melihatnya, dan laporan ini tidak dibandingkan dengan usulan warga lain.
    Tandai laporan ini rahasia?
aspirasi-rahasia-yes = Ya, rahasiakan
aspirasi-rahasia-yes-aliases = rahasia, rahasiakan, ya
aspirasi-rahasia-no = Tidak, laporan biasa
aspirasi-rahasia-no-aliases = tidak, biasa, tdk
aspirasi-rahasia-done = Laporan ini ditandai rahasia: hanya pengurus LPMK yang melihatnya.
# $rw (String) - nomor RW; $list (String) - daftar usulan serupa, satu per baris
aspirasi-similar =
    Sebelum dikirim: di RW { $rw } sudah ada usulan yang mirip.
    { $list }
    Apakah salah satunya sama dengan aspirasi Bapak/Ibu? Bila sama, Bapak/Ibu ikut menjadi pendukungnya dan tetap mendapat nomor tiket.
# $title (String) - judul netral (bidang · tempat); $supporters (Number) - jumlah pendukung
aspirasi-similar-item = • { $title } (didukung { $supporters } warga)
aspirasi-similar-item-short = { $title } ({ $supporters } warga)
aspirasi-similar-same = Ya, salah satunya sama
aspirasi-similar-none = Tidak ada yang sama
aspirasi-similar-pick = Usulan yang mana?
# $title (String) - judul netral usulan yang dipilih
aspirasi-similar-joined = Bapak/Ibu dicatat sebagai pendukung usulan "{ $title }".
