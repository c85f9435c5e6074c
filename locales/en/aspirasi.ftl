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
