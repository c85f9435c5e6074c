## Engine: words that work anywhere, input problems, sessions.

access-denied = Sorry, this feature is only for LPMK board members. Your request has been logged.
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
    • BERHENTI / MULAI — stop or resume announcements
    • HAPUS DATA — delete your personal data
    • /status — see the status of your aspirations
    • /tautkan — link your Telegram and WhatsApp accounts
lang-switched = Language switched to English.
broadcast-opted-out = All right, you will not receive announcements any more. Type MULAI to receive them again.
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
input-photo-expected = Please send one photo, or choose Skip.

session-restarted = Sorry, the previous conversation could not be continued. Let us start from the menu.
session-expired = Your previous unfinished entry was closed because it was left for a long time. Please start again from the menu.
session-flow-changed = Sorry, the steps of this service were just updated, so we start again from the beginning.

error-internal = Sorry, something went wrong on our side. Please try again from the menu; aspirations already sent are kept.

options-reply-hint = Reply with a number:

## Console simulator (shown only in a terminal).

# $user (String) - the simulated user id
console-welcome = ({ $user }) Type messages as in a chat app, for example "halo". Simulate: /foto <file>, /lokasi <lat> <lon>, /stiker, /suara. Ctrl-D to quit.
