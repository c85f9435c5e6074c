## Dashboard page 7: Siaran (broadcast reports).
dasbor-siaran-title = Siaran
dasbor-siaran-none = Belum ada pengumuman atau undangan yang dikirim.
dasbor-siaran-not-found = Siaran ini tidak ditemukan.
dasbor-siaran-back = Kembali ke daftar siaran
dasbor-siaran-col-title = Siaran
dasbor-siaran-col-when = Dibuat
dasbor-siaran-col-channel = Kanal
dasbor-siaran-total = Penerima
dasbor-siaran-status-sent = Terkirim
dasbor-siaran-status-failed = Gagal
dasbor-siaran-status-skipped = Dilewati (berhenti)
dasbor-siaran-status-queued = Menunggu
dasbor-siaran-per-rw = Per RW
dasbor-siaran-rsvp-title = Jawaban undangan
dasbor-siaran-rsvp-hadir = Hadir
dasbor-siaran-rsvp-tidak = Tidak hadir
dasbor-siaran-rsvp-mungkin = Mungkin
dasbor-siaran-rsvp-none = Belum menjawab
# $when (String)
dasbor-siaran-sent-at = Dibuat { $when }
dasbor-siaran-status-blocked = Diblokir
dasbor-siaran-per-channel = Per kanal
dasbor-siaran-channel-none = Tanpa kanal yang aktif
dasbor-siaran-col-sum = Jumlah
dasbor-siaran-rw-none = Tanpa RW
dasbor-siaran-scope-hint = Bapak/Ibu melihat siaran yang seluruh penerimanya berada di wilayah Bapak/Ibu, dan siaran yang Bapak/Ibu kirim sendiri.
dasbor-siaran-inclusion-title = Di antara yang menjawab Hadir
dasbor-siaran-inc-perempuan = Perempuan
dasbor-siaran-inc-pemuda = Pemuda
dasbor-siaran-inc-lansia = Lansia
dasbor-siaran-inc-disabilitas = Penyandang disabilitas
# $answered (Number), $unanswered (Number)
dasbor-siaran-inclusion-hint = Hanya jumlah, tidak pernah per orang: { $answered } orang mengisi data inklusi, { $unanswered } tidak mengisi.
dasbor-siaran-hadir-title = Daftar hadir
dasbor-siaran-hadir-hint = Daftar hadir untuk tanda tangan (warga yang menjawab Hadir atau Mungkin, lalu baris kosong):
# $when (String), $place (String)
dasbor-siaran-meeting = Rapat { $when } di { $place }
dasbor-siaran-delivery-title = Pengiriman
# $agenda (String)
dasbor-siaran-agenda = Acara: { $agenda }
