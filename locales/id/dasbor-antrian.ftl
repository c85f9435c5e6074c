## Dashboard page 9: Antrian (Bull Board, admins only).
dasbor-antrian-title = Antrian
dasbor-antrian-no-redis = Server ini memakai antrean di dalam proses (tanpa REDIS_URL), jadi tidak ada papan antrean untuk ditampilkan. Jumlah pekerjaan dan antrean outbox dapat dilihat dengan perintah: npm run admin -- antrian
