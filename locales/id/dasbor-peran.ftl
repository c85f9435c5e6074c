## Dashboard page 8: Peran & audit.
dasbor-peran-title = Peran & audit
dasbor-peran-holders-title = Pemegang peran
dasbor-peran-invites-title = Undangan yang masih terbuka
dasbor-peran-audit-title = Log audit
dasbor-peran-col-name = Nama
dasbor-peran-col-role = Peran
dasbor-peran-col-area = Wilayah
dasbor-peran-col-by = Dibuat oleh
dasbor-peran-col-created = Dibuat
dasbor-peran-col-expires = Berlaku sampai
dasbor-peran-col-when = Waktu
dasbor-peran-col-actor = Pelaku
dasbor-peran-col-action = Tindakan
dasbor-peran-col-subject = Sasaran
dasbor-peran-col-detail = Rincian
dasbor-peran-kelurahan = Tingkat kelurahan
dasbor-peran-revoke = Cabut…
dasbor-peran-confirm-title = Konfirmasi pencabutan peran
dasbor-peran-back = Kembali ke Peran & audit
# $name (String)
dasbor-peran-revoked = Peran { $name } sudah dicabut dan dicatat di log audit. Yang bersangkutan diberi tahu.
dasbor-peran-no-holders = Belum ada pemegang peran yang tersimpan.
dasbor-peran-no-invites = Tidak ada undangan yang masih terbuka.
dasbor-peran-no-audit = Tidak ada catatan yang cocok.
dasbor-peran-config-admins = Admin dari LPMK_ADMINS di berkas konfigurasi tidak tercantum di sini dan tidak dapat dicabut dari dasbor.
dasbor-peran-all-actions = Semua tindakan
dasbor-peran-filter = Saring
