## "Change my details": the optional inclusion question (women, youth, elderly, people with disabilities).

profil-field-inclusion = Inclusion data (optional)
profil-field-inclusion-aliases = inclusion
inklusi-consent = *An extra question, optional*
    The LPMK would like to know how many women, young people, elderly people and people with disabilities take part in residents' meetings, so that the meetings are open to everyone.
    Your answer is only ever used as a count (for example "12 women attended"), never shown per person, and you can withdraw it at any time in this menu. It is deleted with HAPUS DATA.
    The registration consent does not cover this data. Would you like to give it?
inklusi-consent-yes = Yes, I agree
inklusi-consent-yes-aliases = yes, agree
inklusi-consent-no = No
inklusi-consent-no-aliases = no
inklusi-remove = Delete my answer
inklusi-remove-aliases = delete, withdraw
inklusi-ask =
    Type the numbers that apply, more than one is fine (example: 1 3):
    1. Woman
    2. Youth (16–30 years)
    3. Elderly (60 years or older)
    4. Person with a disability
    0. None of these
inklusi-invalid = Please type the numbers 1 to 4 (more than one is fine, example: 1 3), or 0 if none apply.
inklusi-saved = Thank you, your answer has been saved. It is only ever counted.
inklusi-removed = Your inclusion answer has been deleted.
inklusi-declined = All right, nothing has been saved.
