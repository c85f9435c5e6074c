## Admin view of the queue: `npm run admin -- antrian`.

# $driver (String) - "bullmq" or "in-process"
antrian-title = Antrian tugas ({ $driver })
# $queue (String), $waiting, $active, $delayed, $completed, $failed (Number)
antrian-queue-counts = { $queue }: menunggu { $waiting }, berjalan { $active }, menunggu ulang { $delayed }, selesai { $completed }, gagal { $failed }
antrian-in-process = Antrian dalam proses (REDIS_URL tidak diisi): jumlah tugas hanya ada di dalam proses bot yang sedang berjalan. Yang terlihat dari sini hanya outbox.
# $unsent (Number)
antrian-outbox = Outbox: { $unsent } peristiwa belum masuk antrian
# $since (Date)
antrian-outbox-oldest = Yang tertua sejak { DATETIME($since, day: "numeric", month: "short", hour: "numeric", minute: "numeric") }
# $error (String)
antrian-outbox-error = Kesalahan terakhir: { $error }
# $count (Number)
antrian-unacked = Sudah masuk antrian, belum dikonfirmasi pekerja: { $count } peristiwa
# $id (String) - job id; $minutes (Number) - age since the event was recorded; $queuedMinutes (Number) - since last queued; $redeliveries (Number)
antrian-unacked-item = - { $id }: umur { $minutes } menit, masuk antrian { $queuedMinutes } menit lalu, dikirim ulang { $redeliveries } kali
# $count (Number)
antrian-outbox-refused = Ditolak pekerja untuk selamanya (tidak dikirim ulang): { $count } peristiwa
antrian-failed-title = Tugas gagal (terbaru dulu):
antrian-failed-none = Tidak ada tugas gagal.
# $queue, $id, $name, $reason (String), $attempts (Number), $at (Date)
antrian-failed-item = - { $queue } / { $id } ({ $name }), { $attempts } kali dicoba, { DATETIME($at, day: "numeric", month: "short", hour: "numeric", minute: "numeric") }: { $reason }
