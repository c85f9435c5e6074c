## Dashboard page 4: Klaster (merge two proposals, split one aspiration out).
dasbor-klaster-title = Klaster usulan
dasbor-klaster-merge-title = Gabungkan dua usulan
dasbor-klaster-merge-hint = Semua aspirasi dan pendukung usulan pertama pindah ke usulan kedua. Keduanya harus satu RW, satu bidang dan berstatus sama. Warga di balik usulan pertama diberi tahu.
dasbor-klaster-split-title = Pisahkan satu aspirasi
dasbor-klaster-split-hint = Aspirasi ini keluar dari usulannya dan menjadi usulan sendiri. Pengirimnya diberi tahu.
dasbor-klaster-from = Tiket usulan yang digabung
dasbor-klaster-into = Digabung ke tiket
dasbor-klaster-ticket = Tiket
dasbor-klaster-reason = Alasan
dasbor-klaster-check = Periksa
dasbor-klaster-confirm-title = Konfirmasi perubahan klaster
dasbor-klaster-confirm-merge = Ya, gabungkan
dasbor-klaster-confirm-split = Ya, pisahkan
dasbor-klaster-bad-ticket = Nomor tiket tidak terbaca. Tulis seperti ASP-7K3Q.
dasbor-klaster-lpmk-only = Menggabung dan memisah usulan hanya dapat dilakukan pengurus LPMK.
# $from, $into (String)
dasbor-klaster-merged = Usulan { $from } sudah digabung ke { $into }. Warga di balik { $from } diberi tahu.
# $ticket (String)
dasbor-klaster-split-done = Aspirasi { $ticket } sudah dipisah dan menjadi usulan sendiri.
dasbor-klaster-all-rw = Semua RW
dasbor-klaster-show = Tampilkan
dasbor-klaster-show-multi = Hanya yang berisi lebih dari satu aspirasi
dasbor-klaster-show-all = Semua usulan
dasbor-klaster-filter = Saring
dasbor-klaster-none = Tidak ada usulan yang cocok.
dasbor-klaster-col-ticket = Tiket utama
dasbor-klaster-col-category = Bidang
dasbor-klaster-col-text = Uraian
dasbor-klaster-col-members = Aspirasi
dasbor-klaster-col-supporters = Pendukung
dasbor-klaster-col-others = Aspirasi lain
dasbor-klaster-edits-title = Riwayat penggabungan dan pemisahan
dasbor-klaster-col-when = Waktu
dasbor-klaster-col-edit = Perubahan
dasbor-klaster-col-by = Oleh
# $from, $to (String), $moved (Number)
dasbor-klaster-edit-merge = { $from } digabung ke { $to } ({ $moved } aspirasi)
dasbor-klaster-edit-split = { $to } dipisah dari { $from }
