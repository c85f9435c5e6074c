## Dashboard page 6: Unduh (downloads).
dasbor-unduh-title = Unduh berkas
dasbor-unduh-long-title = Daftar Panjang Usulan
dasbor-unduh-long-hint = Satu lembar per RW, siap cetak (XLSX) atau untuk diolah (CSV). Aspirasi rahasia tidak pernah masuk daftar ini.
dasbor-unduh-all-rw = Semua RW
dasbor-unduh-musrenbang-title = Musrenbang Kelurahan
dasbor-unduh-rejected = Daftar Usulan Tidak Disepakati
dasbor-unduh-with-rahasia = XLSX dengan lembar rahasia (admin)
dasbor-unduh-ba-kelurahan = Berita acara Musrenbang Kelurahan
dasbor-unduh-rembug-title = Berita acara rembug dan daftar hadir
dasbor-unduh-rembug-none = Belum ada rembug yang dikonfirmasi di wilayah Bapak/Ibu.
dasbor-unduh-col-area = Rembug
dasbor-unduh-col-confirmed = Dikonfirmasi
dasbor-unduh-col-ba = Berita acara
dasbor-unduh-col-attendance = Daftar hadir
dasbor-unduh-attendance-photo = Foto daftar hadir
dasbor-unduh-attendance-none = Tidak ada foto daftar hadir
dasbor-unduh-attendance-hint = Daftar hadir di sini adalah foto lembar hadir yang dikirim ketua saat mengonfirmasi rembug. Daftar hadir undangan rapat ada di bagian berikut.
dasbor-unduh-undangan-title = Daftar hadir undangan rapat
dasbor-unduh-undangan-hint = Untuk tanda tangan di rapat: warga yang menjawab Hadir atau Mungkin, lalu baris kosong untuk yang datang tanpa menjawab.
dasbor-unduh-undangan-none = Belum ada undangan rapat di wilayah Bapak/Ibu.
dasbor-unduh-col-meeting = Undangan
dasbor-unduh-col-meeting-at = Waktu rapat
dasbor-unduh-col-answers = Hadir / Mungkin
# $shown (Number), $total (Number)
dasbor-unduh-undangan-more = Ditampilkan { $shown } undangan terbaru dari { $total }; laporan lengkap di halaman Siaran.
dasbor-unduh-undangan-not-found = Undangan rapat ini tidak ditemukan.
