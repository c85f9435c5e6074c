## Status of aspirations.

status-diterima = Diterima
status-dibahas-rembug-rt = Dibahas di rembug RT
status-masuk-prioritas = Masuk prioritas
status-belum-diprioritaskan = Belum diprioritaskan
status-diusulkan-musrenbang = Diusulkan ke Musrenbang
status-disetujui = Disetujui
status-ditolak = Ditolak
status-dikerjakan = Dikerjakan
status-selesai = Selesai
# $status (String), $reason (String)
status-with-reason = { $status } ({ $reason })
status-none = Bapak/Ibu belum pernah menyampaikan aspirasi. Pilih "Sampaikan aspirasi" di menu untuk memulai.
# $count (Number)
status-list-header = Aspirasi Bapak/Ibu ({ $count }):
# $ticket, $title, $category, $status (String), $date (Date)
status-line = *{ $ticket }* · { $title }
    { $category } · { $status } · { DATETIME($date, day: "numeric", month: "short", year: "numeric") }
status-list-footer = Ketik /status diikuti nomor tiket untuk melihat rinciannya, misalnya /status ASP-7K3Q.
# $ticket (String)
status-not-found = Tiket { $ticket } tidak ditemukan di antara aspirasi Bapak/Ibu. Periksa kembali nomornya, atau ketik /status untuk melihat daftar.
# $ticket, $category, $tridaya, $description, $location, $rw, $rt, $photo, $status (String), $date (Date)
status-detail = *{ $ticket }*
    Bidang: { $category } ({ $tridaya })
    Uraian: { $description }
    Lokasi: { $location }
    Wilayah: RT { $rt } / RW { $rw }
    Foto: { $photo }
    Dikirim: { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
    Status: *{ $status }*
