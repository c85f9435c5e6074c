## The console simulator (npm run chat, and npm start without a channel).

# $file (String) - berkas log
console-no-channel = Belum ada saluran yang diatur (TELEGRAM_BOT_TOKEN kosong, WhatsApp tidak aktif): simulator konsol dijalankan. Catatan log ditulis ke { $file }.
# $file (String) - berkas yang diketik setelah /foto
console-photo-missing = Berkas foto "{ $file }" tidak ditemukan, jadi foto belum dikirim. Periksa nama berkasnya, lalu ketik /foto <berkas> lagi.
# $file (String) - berkas yang diketik setelah /dokumen
console-document-missing = Berkas "{ $file }" tidak ditemukan, jadi dokumen belum dikirim. Periksa nama berkasnya, lalu ketik /dokumen <berkas> lagi.
