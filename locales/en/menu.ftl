## Main menu, profile, deleting data.

menu-prompt = *Main menu*. Please choose a service:
menu-aspirasi = Send an aspiration
menu-aspirasi-aliases = { "" }
menu-status = Check aspiration status
menu-status-aliases = { "" }
menu-profil = Change my details
menu-profil-aliases = { "" }
menu-bahasa = Bahasa / Language
menu-bantuan = Help

# $name, $rw, $rt (String)
profil-current =
    Your current details:
    Name: { $name }
    Area: RT { $rt } / RW { $rw }
    What do you want to change?
profil-field-name = Name
profil-field-area = RW and RT
profil-field-back = Back to the menu
profil-field-back-aliases = back
profil-saved = Your details have been updated.

hapus-data-nothing = We do not hold any personal data of yours.
hapus-data-confirm = Delete your personal data (name, RW/RT and this chat account)? Aspirations you sent are kept without your name. This cannot be undone.
hapus-data-yes = Yes, delete
hapus-data-yes-aliases = yes
hapus-data-no = No
hapus-data-no-aliases = no
hapus-data-kept = All right, your data was not deleted.
hapus-data-done = Your personal data has been deleted. Thank you for using this service. Type /start if you want to register again.

## Menu entries for heads and LPMK members (shown only to those whose roles allow them).
menu-role-rembug = Rembug (priority list)
menu-role-rekap = Aspiration recap
menu-role-umumkan = Send an announcement
menu-role-siklus = Planning cycle
menu-role-usulan = Proposal follow-up
menu-role-undang = Invite a head / member
menu-role-peran = Role holders
menu-role-dasbor = Web dashboard (sign-in link)
