## /laporan: laporan pengiriman pengumuman (per RW), kehadiran (RSVP) undangan, dan daftar hadir (PDF/XLSX).

# $title (String)
laporan-head = Laporan pengiriman { $title }
# $title (String)
laporan-done = Pengiriman selesai: { $title }
# $total (Number), $sent (Number), $failed (Number), $blocked (Number), $skipped (Number), $queued (Number)
laporan-totals = Penerima { $total }: terkirim { $sent }, gagal { $failed }, diblokir { $blocked }, dilewati (berhenti) { $skipped }, menunggu { $queued }.
# $hadir (Number), $tidak (Number), $mungkin (Number), $none (Number)
laporan-rsvp = Kehadiran: hadir { $hadir }, tidak hadir { $tidak }, mungkin { $mungkin }, belum menjawab { $none }.
# $perempuan (Number), $pemuda (Number), $lansia (Number), $disabilitas (Number), $answered (Number), $unanswered (Number)
laporan-inclusion = Di antara yang hadir: perempuan { $perempuan }, pemuda { $pemuda }, lansia { $lansia }, penyandang disabilitas { $disabilitas } (dari { $answered } orang yang mengisi data inklusi; { $unanswered } tidak mengisi).
laporan-rw-head = Per RW:
# $rw (String) - nomor RW dua digit
laporan-rw = RW { $rw }
laporan-rw-none = Tanpa RW
# $rw (String), $total (Number), $sent (Number), $failed (Number), $blocked (Number), $skipped (Number), $queued (Number)
laporan-rw-line = { $rw } ({ $total } orang): terkirim { $sent }, gagal { $failed }, diblokir { $blocked }, dilewati { $skipped }, menunggu { $queued }
# $hadir (Number), $tidak (Number), $mungkin (Number), $none (Number)
laporan-rw-rsvp = {"   "}hadir { $hadir }, tidak hadir { $tidak }, mungkin { $mungkin }, belum menjawab { $none }
# $id (String)
laporan-hadir-hint = Daftar hadir untuk tanda tangan: /laporan { $id } hadir (PDF) atau /laporan { $id } hadir xlsx.
laporan-usage =
    Ketik /laporan <nomor> untuk laporan pengiriman sebuah pengumuman, misalnya /laporan 3.
    Untuk undangan rapat: /laporan <nomor> hadir (daftar hadir PDF) atau /laporan <nomor> hadir xlsx.
    Daftar pengumuman: /siaran.
# $id (String)
laporan-not-found = Pengumuman { $id } tidak ditemukan, atau bukan pengumuman yang dapat Bapak/Ibu lihat.
# $id (String)
laporan-not-undangan = Pengumuman { $id } bukan undangan rapat; daftar hadir hanya ada untuk undangan.
laporan-hadir-words = hadir, daftar hadir, absen, absensi
laporan-unavailable = Laporan pengumuman belum tersedia di layanan ini.
laporan-hadir-making = Daftar hadir sedang dibuat dan segera dikirim.
# $id (String), $title (String)
laporan-hadir-caption = Daftar hadir undangan #{ $id }: { $title }
laporan-hadir-failed = Maaf, daftar hadir gagal dibuat. Silakan coba lagi nanti.

## Daftar hadir (PDF dan XLSX)

hadir-heading = DAFTAR HADIR
# $kelurahan (String)
hadir-kelurahan = Kelurahan { $kelurahan }
# $title (String)
hadir-meeting = Acara: { $title }
# $when (String)
hadir-when = Hari, tanggal: { $when }
# $place (String)
hadir-place = Tempat: { $place }
hadir-col-no = No.
hadir-col-name = Nama
hadir-col-area = RT/RW
hadir-col-answer = Jawaban
hadir-col-sign = Tanda tangan
hadir-answer-hadir = Hadir
hadir-answer-mungkin = Mungkin
hadir-answer-walkin = -
# $rt (String), $rw (String)
hadir-area = { $rt }/{ $rw }
# $id (String), $count (Number), $at (String)
hadir-footer = Undangan #{ $id }. { $count } warga menjawab Hadir atau Mungkin (per { $at }). Baris kosong untuk warga yang datang tanpa menjawab.
hadir-sheet = Daftar hadir

## Laporan pengiriman sebagai XLSX

laporan-sheet = Laporan pengiriman
laporan-col-rw = RW
laporan-col-total = Penerima
laporan-col-sent = Terkirim
laporan-col-failed = Gagal
laporan-col-blocked = Diblokir
laporan-col-skipped = Dilewati (berhenti)
laporan-col-queued = Menunggu
laporan-col-rsvp-hadir = Hadir
laporan-col-rsvp-tidak = Tidak hadir
laporan-col-rsvp-mungkin = Mungkin
laporan-col-rsvp-none = Belum menjawab
laporan-col-sum = Jumlah
laporan-inclusion-head = Di antara yang menjawab Hadir
laporan-inc-perempuan = Perempuan
laporan-inc-pemuda = Pemuda
laporan-inc-lansia = Lansia
laporan-inc-disabilitas = Penyandang disabilitas
laporan-inc-answered = Mengisi data inklusi
laporan-inc-unanswered = Tidak mengisi
