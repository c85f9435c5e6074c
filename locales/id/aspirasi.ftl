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
