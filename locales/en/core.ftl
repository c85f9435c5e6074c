## Words that work anywhere, with or without "/" (words of every language count; add local words freely).
# Next to an option label, `<key>-aliases` lists the words that choose that option in the same way.

keyword-cancel-aliases = cancel
keyword-menu-aliases = menu
keyword-help-aliases = help
keyword-lang-aliases = language
keyword-optout-aliases = stop
keyword-optin-aliases = { "" }
keyword-delete-aliases = delete my data
keyword-start-aliases = start

## Engine: input problems, sessions.

access-denied = Sorry, this feature is only for the people responsible (LPMK, or the RT/RW or Pokmas head of that area). Your request has been logged.
flow-cancelled = All right, cancelled. Nothing unsent was kept.
flow-nothing-to-cancel = Nothing is in progress.
registration-cancelled-hint = Registration is not finished. Type /start at any time to register again.
flow-left = We closed the previous step.
# $kelurahan (String) - name of the kelurahan
help-text = *Help* — LPMK { $kelurahan } aspiration service
    Just reply with the *number* of your choice.
    Words you can type at any time:
    • MENU — back to the main menu
    • BATAL — cancel what is in progress
    • BAHASA — switch Indonesian/English
    • BERHENTI / MULAI — stop or resume announcements (news about your own proposals still comes)
    • HAPUS DATA — delete your personal data
    • /status — see the status of your aspirations
    • /tautkan — link your Telegram and WhatsApp accounts
lang-switched = Language switched to English.
broadcast-opted-out = All right, you will not receive announcements any more. News about your own proposals still comes. Type MULAI to receive announcements again.
broadcast-opted-in = All right, you will receive LPMK announcements again.
# $name (String) - resident's name
welcome-back = Welcome back, { $name }.
# $command (String) - the command typed
command-unknown = Sorry, the command { $command } is not known. Type MENU to see the choices.
registration-required = Please finish registering first.
consent-refused-reminder = You have not agreed to the use of your personal data, so we cannot take aspirations yet. Type /start to begin again.

input-stale-button = That button is no longer valid. Please answer the question below.
input-unsupported-sticker = Sorry, we cannot read stickers.
input-unsupported-voice = Sorry, we cannot listen to voice notes. Please type your answer.
input-unsupported-audio = Sorry, we cannot take audio files. Please type your answer.
input-unsupported-video = Sorry, we cannot take videos.
input-unsupported-document = Sorry, we cannot take documents.
input-unsupported-contact = Sorry, we cannot take contacts.
input-unsupported-other = Sorry, we cannot read this kind of message.
input-choice-expected = Please reply with the number of your choice.
# $max (Number) - number of choices
input-choice-out-of-range = There is no such choice. Please reply with a number from 1 to { $max }.
# $numbers (String) - the numbers on the list, e.g. "1, 2, 4, 5"
input-choice-not-listed = That number is not on the list. Please reply with one of these numbers: { $numbers }.
input-choice-no-match = Sorry, we did not recognise that answer. Please reply with a number from 1 to { $max }.
menu-not-understood = Sorry, we did not understand that message. Please choose from the menu by typing its number (1 to { $max }).
input-text-not-photo = You can send a photo later at the photo step. For this question, please type your answer.
input-text-expected = Please type your answer as text.
input-text-empty = The message is empty. Please type your answer.
input-text-no-words = Please type your answer in words, not only emoji or punctuation.
# $min (Number) - minimum length, $length (Number) - length sent
input-text-too-short = That answer is too short ({ $length } characters). Please write at least { $min } characters.
# $max (Number) - maximum length, $length (Number) - length sent
input-text-too-long = That answer is too long ({ $length } characters). Please shorten it to at most { $max } characters.
input-location-invalid = That location pin is not valid. Please type the address or a landmark.
input-location-expected = Please type the location (for example "Gang Mawar, in front of the prayer house") or send a location pin.
input-photo-failed = Sorry, we could not receive the photo. Please send it again, or choose Skip.
input-photo-failed-resend = Sorry, we could not receive the photo. Please send it again.
input-photo-expected = Please send one photo, or choose Skip.
input-document-not-pdf = Sorry, only PDF files can be taken here. Please send pictures as a photo.
# $mb (Number) - the largest file size, in MB
input-document-too-large = Sorry, the file is too large. At most { $mb } MB; please make it smaller and send it again.
input-document-failed = Sorry, we could not receive the file. Please send it again, or choose Skip.

## Step kinds: ordered pick, amount, count, date and time.

# $order (String) - the picks so far, one "1. label" per line
input-pick-order = Your choices in order:
    { $order }
# $max (Number) - the cap, $left (Number) - picks left
input-pick-more = Choose the next number ({ $left } more allowed), or type DONE when finished. Type RESET to start over.
input-pick-done-aliases = done, finished, enough
input-pick-reset-aliases = reset, again, restart
input-pick-reset = All right, the choices are cleared. Please choose again from the start.
# $number (String) - the number typed
input-pick-not-listed = Number { $number } is not on the list. Type the numbers, for example "4 1 7".
# $label (String) - the option already picked
input-pick-duplicate = "{ $label }" is already chosen. Please choose another one.
# $max (Number) - the cap
input-pick-too-many = At most { $max } choices. Type RESET to start over.
# $min (Number) - the least number of picks
input-pick-too-few = Please choose at least { $min }.
input-pick-unreadable = Please type the numbers in order of preference, for example "4 1 7", or one at a time.

input-amount-unreadable = Please type the amount in rupiah, for example "Rp 25.000.000", "25 juta" or "2,5 M".
# $min (String) - the least amount, formatted as Rp
input-amount-too-small = The amount must be at least { $min }.
# $max (String) - the largest amount, formatted as Rp
input-amount-too-large = The amount must be at most { $max }.

# $min (Number), $max (Number) - the range
input-count-unreadable = Please type the number in digits, for example "12".
input-count-out-of-range = Please type a number from { $min } to { $max }.

# $date (String) - weekday and date, $time (String) - "19.30", $zone (String) - WIB/WITA/WIT
datetime-display = { $date } at { $time } { $zone }
input-datetime-unreadable = Sorry, we could not read that date and time. For example: "Sabtu 12/12 19.30", "besok jam 8" or "12-12-2026 19:30".
input-datetime-no-time = The time is missing. Please add it, for example "besok jam 8" or "Sabtu 12/12 19.30".
input-datetime-bad-date = That date does not exist. Please check it, for example "12/12 19.30".
# $weekday (String) - the weekday of that date
input-datetime-weekday-mismatch = That date falls on a { $weekday }. Please check the day or the date.
# $when (String) - the moment read
input-datetime-past = { $when } has already passed. Please type a time in the future, for example "besok jam 8".

session-restarted = Sorry, the previous conversation could not be continued. Let us start from the menu.
session-expired = Your previous unfinished entry was closed because it was left for a long time. Please start again from the menu.
session-flow-changed = Sorry, the steps of this service were just updated, so we start again from the beginning.

# An edited message (Telegram or WhatsApp) is not processed; said once per chat.
message-edited-not-processed = We do not process edited messages; please send it again.

error-internal = Sorry, something went wrong on our side. Please try again from the menu; aspirations already sent are kept.

options-reply-hint = Reply with a number:

## Console simulator (shown only in a terminal).

# $user (String) - the simulated user id
console-welcome = ({ $user }) Type messages as in a chat app, for example "halo". Simulate: /foto <file>, /dokumen <file.pdf>, /lokasi <lat> <lon>, /stiker, /suara. Ctrl-D to quit.
