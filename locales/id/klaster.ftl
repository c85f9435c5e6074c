## Cluster editing by the LPMK (/gabung, /pisah and the dashboard's Klaster page): refusals, notices, the trail.

klaster-unavailable = Fitur penggabungan usulan belum aktif di server ini.
klaster-gabung-usage = Cara memakai /gabung:
    • /gabung ASP-7K3Q ASP-P4MN alasan — usulan ASP-7K3Q (dengan semua aspirasinya) digabung ke ASP-P4MN
    Keduanya harus satu RW, satu bidang dan berstatus sama. Alasan wajib ditulis.
klaster-pisah-usage = Cara memakai /pisah:
    • /pisah ASP-7K3Q alasan — aspirasi ASP-7K3Q dipisah dari usulannya menjadi usulan sendiri
    Alasan wajib ditulis.
klaster-reason-prompt = Tuliskan alasannya dalam satu kalimat (minimal 3 huruf).

## Confirmations.
# $from, $into (String), $fromMembers, $fromSupporters, $intoMembers, $intoSupporters (Number), $reason (String)
klaster-gabung-confirm = Usulan { $from } ({ $fromMembers } aspirasi, { $fromSupporters } pendukung) akan digabung ke { $into } ({ $intoMembers } aspirasi, { $intoSupporters } pendukung).
    Alasan: { $reason }
    Warga di balik { $from } akan diberi tahu. Lanjutkan?
# $ticket, $from, $reason (String)
klaster-pisah-confirm = Aspirasi { $ticket } akan dipisah dari usulan { $from } menjadi usulan sendiri.
    Alasan: { $reason }
    Lanjutkan?
klaster-yes = Ya, lanjutkan
klaster-yes-aliases = ya, lanjut, oke
klaster-no = Batal
klaster-no-aliases = tidak, jangan
klaster-cancelled = Dibatalkan. Tidak ada usulan yang diubah.
# $from, $into (String)
klaster-merged = Usulan { $from } digabung ke { $into } (tercatat di log audit). Warga di balik { $from } diberi tahu.
# $ticket, $from (String)
klaster-split = Aspirasi { $ticket } dipisah dari usulan { $from } dan menjadi usulan sendiri (tercatat di log audit).

## Refusals.
klaster-refused-forbidden = Mohon maaf, hanya pengurus LPMK yang dapat menggabung atau memisah usulan.
# $min (Number)
klaster-refused-reason = Alasan wajib ditulis (minimal { $min } huruf).
# $ticket (String)
klaster-refused-unknown = Tiket { $ticket } tidak ditemukan. Periksa kembali nomornya.
# $ticket (String)
klaster-refused-not-clustered = Aspirasi { $ticket } belum masuk pengelompokan usulan (atau bersifat rahasia), jadi tidak dapat digabung atau dipisah.
# $ticket (String)
klaster-refused-alone = Aspirasi { $ticket } sudah menjadi usulan sendiri; tidak ada yang dapat dipisah.
# $ticket, $other (String)
klaster-refused-same-cluster = { $ticket } dan { $other } sudah berada dalam satu usulan.
klaster-refused-other-rw = { $ticket } dan { $other } berasal dari RW yang berbeda; usulan hanya digabung dalam satu RW.
klaster-refused-other-category = { $ticket } dan { $other } berbeda bidang; usulan hanya digabung dalam satu bidang.
klaster-refused-status-differs = { $ticket } dan { $other } berbeda status. Samakan dulu statusnya dengan /usulan, lalu gabungkan.

## What residents are told (through the outbox).
# $from, $into, $reason (String)
klaster-notice-merged = Kabar usulan { $from }: LPMK menggabungkannya dengan usulan serupa { $into }.
    Alasan: { $reason }
    Dukungan Bapak/Ibu tetap dihitung. Kabar berikutnya memakai nomor { $into }.
# $ticket, $from, $reason (String)
klaster-notice-split = Kabar aspirasi { $ticket }: LPMK memisahkannya dari usulan { $from }; sekarang menjadi usulan sendiri.
    Alasan: { $reason }

## The trail in /usulan, /status and the dashboard.
# $ticket, $reason (String)
klaster-trail-merged-into = digabung ke { $ticket } oleh LPMK: { $reason }
klaster-trail-merged-from = gabungan dari { $ticket }: { $reason }
klaster-trail-split-from = dipisah dari { $ticket } oleh LPMK: { $reason }
klaster-trail-split-out = { $ticket } dipisah dari usulan ini: { $reason }
