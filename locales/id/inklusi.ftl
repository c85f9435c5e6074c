## "Ubah data diri": pertanyaan inklusi yang tidak wajib (perempuan, pemuda, lansia, penyandang disabilitas).

profil-field-inclusion = Data inklusi (tidak wajib)
profil-field-inclusion-aliases = inklusi, data inklusi
inklusi-consent = *Pertanyaan tambahan, tidak wajib*
    LPMK ingin mengetahui berapa perempuan, pemuda, lansia, dan penyandang disabilitas yang ikut rapat warga, agar rapat lebih terbuka bagi semua.
    Jawaban Bapak/Ibu hanya dipakai sebagai jumlah (misalnya "12 perempuan hadir"), tidak pernah ditampilkan per orang, dan dapat ditarik kapan saja di menu ini. Jawaban ikut terhapus bila Bapak/Ibu mengetik HAPUS DATA.
    Persetujuan pendaftaran tidak mencakup data ini. Apakah Bapak/Ibu bersedia memberikannya?
inklusi-consent-yes = Ya, bersedia
inklusi-consent-yes-aliases = ya, bersedia, setuju
inklusi-consent-no = Tidak
inklusi-consent-no-aliases = tidak, tdk, tidak mau
inklusi-remove = Hapus jawaban saya
inklusi-remove-aliases = hapus, tarik, hapus jawaban
inklusi-ask =
    Ketik nomor yang sesuai, boleh lebih dari satu (contoh: 1 3):
    1. Perempuan
    2. Pemuda (16–30 tahun)
    3. Lansia (60 tahun ke atas)
    4. Penyandang disabilitas
    0. Tidak ada yang sesuai
inklusi-invalid = Mohon ketik nomor 1 sampai 4 (boleh lebih dari satu, contoh: 1 3), atau 0 bila tidak ada yang sesuai.
inklusi-saved = Terima kasih, jawaban disimpan. Data ini hanya dihitung sebagai jumlah.
inklusi-removed = Jawaban inklusi Bapak/Ibu sudah dihapus.
inklusi-declined = Baik, tidak ada yang disimpan.
