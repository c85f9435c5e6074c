## Admin commands backup and restore (npm run admin -- backup / restore), for the LPMK operator.

# $file (String) - berkas cadangan; $bytes (Number) - ukurannya; $photos (String) - yes/no, foto ikut dicadangkan
backup-done = Cadangan selesai: { $file } ({ $bytes } bita, foto: { $photos ->
    [yes] ikut
   *[other] tidak ada
  }).
# $reason (String) - sebab kegagalan
backup-failed = Cadangan gagal: { $reason }
# $dataDir (String) - DATA_DIR; $createdAt (String) - waktu cadangan dibuat (ISO)
restore-done = Cadangan dari { $createdAt } sudah dipulihkan ke { $dataDir }. Jalankan bot lagi dengan npm start.
# $dir (String) - folder berisi berkas lama
restore-moved-aside = Berkas sebelumnya disimpan di { $dir }.
# $pids (String) - nomor proses yang masih berjalan
restore-running = Pemulihan ditolak: bot masih berjalan pada DATA_DIR ini (proses { $pids }). Hentikan bot dan worker dulu, lalu ulangi.
# $detail (String) - hasil PRAGMA integrity_check
restore-damaged = Pemulihan ditolak: basis data di dalam cadangan rusak ({ $detail }). Data yang ada tidak diubah.
# $detail (String) - apa yang kurang atau aneh
restore-not-a-backup = Pemulihan ditolak: berkas ini bukan cadangan Rembug ({ $detail }). Data yang ada tidak diubah.
