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
dasbor-siaran-per-rw = Per RW dan kanal
dasbor-siaran-rsvp-title = Jawaban undangan
dasbor-siaran-rsvp-hadir = Hadir
dasbor-siaran-rsvp-tidak = Tidak hadir
dasbor-siaran-rsvp-mungkin = Mungkin
dasbor-siaran-rsvp-none = Belum menjawab
# $when (String)
dasbor-siaran-sent-at = Dibuat { $when }
