## Roles by invite: /undang, /kode, /peran, /pokmas (issue 10).

## Role names. $rw, $rt (String) - nomor dua digit, $pokmas (String) - nama kelompok
peran-role-admin = Admin
peran-role-pengurus-lpmk = Pengurus LPMK
peran-role-ketua-rw = Ketua RW { $rw }
peran-role-ketua-rt = Ketua RT { $rt } / RW { $rw }
peran-role-ketua-pokmas = Ketua Pokmas { $pokmas }
peran-role-kader = Kader kelurahan
peran-role-kader-rw = Kader RW { $rw }

## What each role allows, shown before the invitee confirms.
peran-allows-admin = Admin dapat mengundang dan mencabut semua peran serta melihat rekap seluruh kelurahan.
peran-allows-pengurus-lpmk = Pengurus LPMK dapat mengundang ketua RT, ketua RW dan ketua Pokmas, mencabut peran, mendaftarkan Pokmas, dan melihat rekap seluruh kelurahan.
peran-allows-ketua-rw = Ketua RW dapat melihat rekap RW-nya sendiri dan memimpin rembug RW. Data RW lain tidak terlihat.
peran-allows-ketua-rt = Ketua RT dapat memimpin rembug RT-nya sendiri dan menyusun daftar prioritas usulan RT. Data RT lain tidak terlihat.
peran-allows-ketua-pokmas = Ketua Pokmas dapat memimpin rembug kelompoknya dan menyusun daftar usulan kelompok.
peran-allows-kader = Kader membantu warga menyampaikan aspirasi di wilayahnya.

## /undang
undang-usage =
    Cara membuat kode undangan:
    /undang ketua_rt 3 2 (Ketua RT 02 / RW 03)
    /undang ketua_rw 3
    /undang pengurus_lpmk
    /undang ketua_pokmas "PKK RW 03"
    /undang kader atau /undang kader 3
# $rw (String)
undang-unknown-rw = RW { $rw } tidak terdaftar di kelurahan ini.
# $rw, $rt (String)
undang-unknown-rt = RT { $rt } / RW { $rw } tidak terdaftar di kelurahan ini.
# $name (String) - nama kelompok
undang-unknown-pokmas = Pokmas "{ $name }" belum terdaftar. Daftarkan dulu dengan /pokmas tambah "{ $name }".
# $role (String) - nama peran, $code (String) - kode undangan, $expires (Date) - batas berlaku
undang-created =
    Kode undangan untuk { $role }: { $code }
    Berlaku sekali pakai sampai { DATETIME($expires, day: "numeric", month: "long", year: "numeric") }.
    Sampaikan kode ini hanya kepada orang yang dituju. Ia cukup mengirim /kode { $code } kepada bot ini.
# $link (String) - tautan Telegram
undang-link = Di Telegram, ia juga dapat membuka tautan ini: { $link }

## /kode
kode-ask = Silakan ketik kode undangan yang Bapak/Ibu terima (misalnya RT-4K7Q-9M2X).
kode-refused = Mohon maaf, kode itu tidak dapat dipakai. Periksa kembali penulisannya, atau minta kode baru kepada pengurus LPMK.
kode-locked = Mohon maaf, sudah terlalu banyak kode yang salah. Bapak/Ibu dapat mencoba lagi setelah satu jam.
kode-register-first = Kode diterima. Sebelum menerima peran, Bapak/Ibu perlu mendaftar dulu sebagai warga; setelah itu undangannya kami lanjutkan.
# $role (String), $allows (String) - apa yang boleh dilakukan peran ini
kode-confirm =
    Bapak/Ibu diundang sebagai *{ $role }*.
    { $allows }
    Terima peran ini?
kode-yes = Terima
kode-yes-aliases = ya, terima, setuju
kode-no = Tolak
kode-no-aliases = tidak, tolak
# $role (String)
kode-done = Terima kasih. Bapak/Ibu kini tercatat sebagai { $role }.
kode-declined = Baik, undangan tidak diterima.
kode-unavailable = Mohon maaf, kode undangan belum dapat dipakai saat ini.
# $role (String)
peran-replaced-notice = Bapak/Ibu, peran { $role } kini dipegang pengurus yang baru. Terima kasih atas pengabdian Bapak/Ibu.
# $role (String)
peran-revoked-notice = Bapak/Ibu, peran { $role } sudah dicabut oleh pengurus LPMK.

## /peran
# $rw (String)
peran-unknown-rw = RW { $rw } tidak terdaftar di kelurahan ini.
peran-none = Belum ada pemegang peran yang tercatat.
peran-list-title = *Pemegang peran*
peran-group-kelurahan = Tingkat kelurahan:
# $rw (String)
peran-group-rw = RW { $rw }:
# $name (String), $role (String)
peran-line = • { $name }: { $role }
peran-pick-prompt = Pilih peran yang akan dicabut, atau Selesai.
peran-pick-done = Selesai
peran-pick-done-aliases = selesai, tidak
# $name (String), $role (String)
peran-option = { $name }, { $role }
# $name (String), $role (String)
peran-revoke-confirm = Cabut peran { $role } dari { $name }?
peran-revoke-yes = Ya, cabut
peran-revoke-yes-aliases = ya, cabut
peran-revoke-no = Jangan
peran-revoke-no-aliases = tidak, jangan
# $name (String), $role (String)
peran-revoked = Peran { $role } dari { $name } sudah dicabut dan dicatat.
peran-revoke-gone = Peran itu sudah tidak aktif.
peran-revoke-kept = Baik, tidak ada yang dicabut.

## /pokmas
pokmas-usage =
    Cara mendaftarkan Pokmas:
    /pokmas tambah "Karang Taruna Tunas Muda" 3 (nomor RW boleh tidak diisi)
    /pokmas untuk melihat daftar Pokmas
# $name (String)
pokmas-added = Pokmas "{ $name }" sudah terdaftar. Undang ketuanya dengan /undang ketua_pokmas "{ $name }".
# $name (String)
pokmas-exists = Pokmas "{ $name }" sudah terdaftar sebelumnya.
pokmas-list-empty = Belum ada Pokmas yang terdaftar.
pokmas-list-title = *Pokmas terdaftar*
# $name (String), $rw (String) - "RW 03" atau kosong
pokmas-list-line = • { $name } { $rw }
# $rw (String)
pokmas-rw = (RW { $rw })

## /rekap for an RW head
# $rw (String) - RW sang ketua
rekap-own-rw-only = Bapak/Ibu hanya dapat melihat rekap RW { $rw }.
