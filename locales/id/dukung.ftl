## Supporting a proposal: the duplicate hint after an aspiration, and "Dukung usulan" from the menu.

menu-dukung = Dukung usulan warga
menu-dukung-aliases = dukung, dukung usulan
# $count (Number) - warga lain yang sudah menyampaikan usulan serupa, $title (String) - judul usulan itu, $ticket (String) - tiket aspirasi warga ini
dukung-hint =
    Usulan serupa sudah disampaikan { $count } warga di RW Bapak/Ibu:
    "{ $title }"
    Apakah aspirasi Bapak/Ibu ({ $ticket }) sama dengan usulan tersebut? Bila sama, aspirasi Bapak/Ibu digabung dan Bapak/Ibu tercatat sebagai pendukungnya.
# $ticket (String) - tiket aspirasi warga ini
dukung-hint-later = Bila sama, ketik /dukung { $ticket } untuk bergabung sebagai pendukung.
dukung-join-yes = Ya, sama — saya dukung
dukung-join-yes-aliases = ya, sama, dukung, gabung
dukung-join-no = Tidak, usulan saya berbeda
dukung-join-no-aliases = tidak, beda, berbeda
# $supporters (Number) - jumlah pendukung sekarang
dukung-joined = Terima kasih. Aspirasi Bapak/Ibu sudah digabung, dan usulan tersebut kini didukung { $supporters } warga.
dukung-kept-separate = Baik, aspirasi Bapak/Ibu tetap dicatat sebagai usulan tersendiri.
dukung-join-gone = Usulan itu sudah tidak bisa digabung. Aspirasi Bapak/Ibu tetap tercatat.
# $rw (String) - nomor RW
dukung-list-prompt = Usulan warga RW { $rw } yang bisa Bapak/Ibu dukung. Pilih salah satu:
# $title (String), $supporters (Number)
dukung-option = { $title } ({ $supporters } warga)
dukung-back = Kembali ke menu
dukung-back-aliases = kembali
dukung-none = Belum ada usulan lain di RW Bapak/Ibu yang bisa didukung saat ini.
# $title (String), $supporters (Number) - jumlah pendukung sekarang
dukung-added = Terima kasih. Bapak/Ibu tercatat sebagai pendukung usulan "{ $title }", yang kini didukung { $supporters } warga.
dukung-already = Bapak/Ibu sudah tercatat sebagai pendukung usulan ini.
dukung-unavailable = Maaf, fitur dukung usulan belum tersedia saat ini.
# $rw (String) - nomor RW; dipakai sebagai tempat bila usulan tidak menyebut lokasi yang netral
dukung-place-rw = RW { $rw }
