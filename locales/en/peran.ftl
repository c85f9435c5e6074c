## Roles by invite: /undang, /kode, /peran, /pokmas (issue 10).

## Role names. $rw, $rt (String) - two-digit numbers, $pokmas (String) - group name
peran-role-admin = Admin
peran-role-pengurus-lpmk = LPMK board member
peran-role-ketua-rw = Head of RW { $rw }
peran-role-ketua-rt = Head of RT { $rt } / RW { $rw }
peran-role-ketua-pokmas = Head of Pokmas { $pokmas }
peran-role-kader = Kelurahan kader
peran-role-kader-rw = Kader of RW { $rw }

## What each role allows, shown before the invitee confirms.
peran-allows-admin = An admin can invite and revoke every role and see the recap of the whole kelurahan.
peran-allows-pengurus-lpmk = An LPMK board member can invite RT, RW and Pokmas heads, revoke roles, register Pokmas groups and see the recap of the whole kelurahan.
peran-allows-ketua-rw = An RW head can see the recap of their own RW and lead the RW rembug. Other RWs' data stays hidden.
peran-allows-ketua-rt = An RT head can lead their own RT's rembug and draw up the RT's priority list. Other RTs' data stays hidden.
peran-allows-ketua-pokmas = A Pokmas head can lead their group's rembug and draw up the group's list.
peran-allows-kader = A kader helps residents of their area send their aspirations.

## /undang
undang-usage =
    How to create an invite code:
    /undang ketua_rt 3 2 (head of RT 02 / RW 03)
    /undang ketua_rw 3
    /undang pengurus_lpmk
    /undang ketua_pokmas "PKK RW 03"
    /undang kader or /undang kader 3
# $rw (String)
undang-unknown-rw = RW { $rw } is not part of this kelurahan.
# $rw, $rt (String)
undang-unknown-rt = RT { $rt } / RW { $rw } is not part of this kelurahan.
# $name (String) - group name
undang-unknown-pokmas = Pokmas "{ $name }" is not registered yet. Register it first with /pokmas tambah "{ $name }".
# $role (String) - role name, $code (String) - invite code, $expires (Date) - valid until
undang-created =
    Invite code for { $role }: { $code }
    It works once, until { DATETIME($expires, day: "numeric", month: "long", year: "numeric") }.
    Give it only to the person it is meant for. They just send /kode { $code } to this bot.
# $link (String) - Telegram link
undang-link = On Telegram they can also open this link: { $link }

## /kode
kode-ask = Please type the invite code you received (for example RT-4K7Q-9M2X).
kode-refused = Sorry, that code cannot be used. Please check how it is written, or ask the LPMK for a new code.
kode-locked = Sorry, too many wrong codes were sent. Please try again in an hour.
kode-register-first = Code received. Before taking the role, please register as a resident first; then we will continue with the invite.
# $role (String), $allows (String) - what this role may do
kode-confirm =
    You are invited as *{ $role }*.
    { $allows }
    Do you accept this role?
kode-yes = Accept
kode-yes-aliases = yes, accept, agree
kode-no = Decline
kode-no-aliases = no, decline
# $role (String)
kode-done = Thank you. You are now registered as { $role }.
kode-declined = All right, the invite was not accepted.
kode-unavailable = Sorry, invite codes cannot be used right now.
# $role (String)
peran-replaced-notice = The role { $role } is now held by a new person. Thank you for your service.
# $role (String)
peran-revoked-notice = Your role { $role } was revoked by the LPMK.

## /peran
# $rw (String)
peran-unknown-rw = RW { $rw } is not part of this kelurahan.
peran-none = No role holders are recorded yet.
peran-list-title = *Role holders*
peran-group-kelurahan = Kelurahan level:
# $rw (String)
peran-group-rw = RW { $rw }:
# $name (String), $role (String)
peran-line = • { $name }: { $role }
peran-pick-prompt = Choose a role to revoke, or Done.
peran-pick-done = Done
peran-pick-done-aliases = done, no
# $name (String), $role (String)
peran-option = { $name }, { $role }
# $name (String), $role (String)
peran-revoke-confirm = Revoke the role { $role } from { $name }?
peran-revoke-yes = Yes, revoke
peran-revoke-yes-aliases = yes, revoke
peran-revoke-no = Don't
peran-revoke-no-aliases = no, keep
# $name (String), $role (String)
peran-revoked = The role { $role } of { $name } was revoked and recorded.
peran-revoke-gone = That role is no longer active.
peran-revoke-kept = All right, nothing was revoked.

## /pokmas
pokmas-usage =
    How to register a Pokmas group:
    /pokmas tambah "Karang Taruna Tunas Muda" 3 (the RW number is optional)
    /pokmas to list the groups
# $name (String)
pokmas-added = Pokmas "{ $name }" is registered. Invite its head with /undang ketua_pokmas "{ $name }".
# $name (String)
pokmas-exists = Pokmas "{ $name }" was already registered.
pokmas-list-empty = No Pokmas group is registered yet.
pokmas-list-title = *Registered Pokmas groups*
# $name (String), $rw (String) - "RW 03" or empty
pokmas-list-line = • { $name } { $rw }
# $rw (String)
pokmas-rw = (RW { $rw })

## /rekap for an RW head
# $rw (String) - the head's RW
rekap-own-rw-only = You can only see the recap of RW { $rw }.
