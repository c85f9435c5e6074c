## Aspiration flow.

category-jalan = Roads / alleys
category-drainase = Drainage / culverts
category-sanitasi = Toilets / sanitation
category-air-bersih = Clean water
category-persampahan = Waste
category-pendidikan = Education
category-kesehatan = Health
category-sosial-budaya = Social and culture
category-ekonomi = Economy / small business
category-keamanan = Safety / public order
category-lainnya = Other

tridaya-lingkungan = Environment
tridaya-sosial = Social
tridaya-ekonomi = Economy

aspirasi-category = Which field does your aspiration belong to?
# $category (String) - the guessed category
aspirasi-category-guess = We have noted your description. It looks like this aspiration is about *{ $category }*. Is that right?
aspirasi-category-guess-yes = Yes, that's right
aspirasi-category-guess-other = Choose another category
aspirasi-category-kept = We have noted your description. Please choose its category from the list below.
# $min (Number) - shortest description accepted
aspirasi-description = Please describe the proposal or complaint (at least { $min } characters). Example: "The road in Gang Mawar has potholes and floods when it rains."
aspirasi-location = Where is it? Type an address or landmark (for example "Gang Mawar, in front of the prayer house"), or send a location pin.
# $lat (String), $lon (String) - coordinates
aspirasi-location-pin = Location pin { $lat }, { $lon }
aspirasi-photo = If you have one, send a photo of the situation. If not, choose Skip.
aspirasi-photo-skip = Skip
aspirasi-photo-skip-aliases = skip, no
aspirasi-photo-received = Photo received.
# $category, $description, $location, $photo, $rw, $rt (String)
aspirasi-summary = *Aspiration summary*
    Field: { $category }
    Description: { $description }
    Location: { $location }
    Photo: { $photo }
    Area: RT { $rt } / RW { $rw }
    Send this aspiration?
aspirasi-summary-photo-yes = yes
aspirasi-summary-photo-no = none
aspirasi-send = Send
aspirasi-send-aliases = ok, send
aspirasi-edit = Change
aspirasi-edit-aliases = edit
aspirasi-cancel = Cancel
# $ticket (String) - ticket number
aspirasi-done =
    Thank you, we have received your aspiration.
    Ticket number: *{ $ticket }*
    Keep this number. Type /status { $ticket } to follow its progress.
aspirasi-edit-which = Which part do you want to change?
aspirasi-field-category = Field
aspirasi-field-description = Description
aspirasi-field-location = Location
aspirasi-field-photo = Photo
aspirasi-field-none = Nothing, back to the summary

## After Send: confidential (issue 11) and similar proposals of the RW (issue 9).
# Words that name the RT or RW head in a report: confidential is offered when the text contains one (whole words).
aspirasi-rahasia-head-words = rt head, rw head, head of rt, head of rw
aspirasi-rahasia-offer =
    This report can be marked *CONFIDENTIAL*.
    If it is confidential, the report and your name are seen by the LPMK board only. The RT head, the RW head and other residents do not see it, and it is not compared with other residents' proposals.
    Mark this report confidential?
aspirasi-rahasia-yes = Yes, keep it confidential
aspirasi-rahasia-yes-aliases = confidential, yes
aspirasi-rahasia-no = No, a normal report
aspirasi-rahasia-no-aliases = no, normal
aspirasi-rahasia-done = This report is marked confidential: only the LPMK board sees it.
# $rw (String) - RW number; $list (String) - similar proposals, one per line
aspirasi-similar =
    Before sending: RW { $rw } already has similar proposals.
    { $list }
    Is one of them the same as yours? If so, you become one of its supporters and still get a ticket number.
# $title (String) - neutral title (field · place); $supporters (Number) - number of supporters
aspirasi-similar-item = • { $title } (supported by { $supporters } residents)
aspirasi-similar-item-short = { $title } ({ $supporters } residents)
aspirasi-similar-same = Yes, one of them is the same
aspirasi-similar-none = None is the same
aspirasi-similar-pick = Which proposal?
# $title (String) - neutral title of the chosen proposal
aspirasi-similar-joined = You are recorded as a supporter of the proposal "{ $title }".
