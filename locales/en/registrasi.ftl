## Registration: welcome, consent (UU 27/2022), name, RW, RT.

# $rw (String) - two-digit RW number
area-rw-label = RW { $rw }
# $rt (String) - two-digit RT number
area-rt-label = RT { $rt }

# $kelurahan (String) - name of the kelurahan
registrasi-welcome =
    Welcome to the aspiration service of LPMK { $kelurahan }.
    Here you can send development proposals and neighbourhood complaints, and follow them up to the Musrenbang Kelurahan.
registrasi-consent = *Personal data consent* (Law No. 27 of 2022)
    We will store your name, RW/RT and your aspirations (including photos and locations if you send them).
    The purpose is to group proposals by RW and bring them to the Musrenbang Kelurahan { $kelurahan }.
    Only LPMK board members and your RT/RW heads can see them. You can delete your data at any time by typing HAPUS DATA.
    Do you agree?
registrasi-consent-yes = I agree
registrasi-consent-yes-aliases = yes, ok, agree
registrasi-consent-no = I do not agree
registrasi-consent-no-aliases = no
registrasi-consent-refused = All right, we keep nothing about you except the note that you did not agree. If you change your mind, type /start to begin again.
registrasi-name = What is your name? (type your full name)
registrasi-name-invalid = Please type a name with letters.
# $name (String) - resident's name
registrasi-rw = Thank you, { $name }. Which RW do you live in?
# $rw (String) - RW number
registrasi-rt = In RW { $rw }, which RT do you live in?
# $name (String), $rw (String), $rt (String)
registrasi-done = Registration complete. Thank you, { $name } (RT { $rt } / RW { $rw }).
