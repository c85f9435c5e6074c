## /umumkan: LPMK announcements (meeting notices and information), RSVP, reminders, and /siaran (delivery report).

umumkan-kind-prompt = What kind of announcement would you like to send?
umumkan-kind-undangan = Meeting notice
umumkan-kind-undangan-aliases = meeting, notice, invitation
umumkan-kind-sosialisasi = Information
umumkan-kind-sosialisasi-aliases = information, info
umumkan-denied-undangan = Sorry, cadres can send information only. Meeting notices are sent by the LPMK board or the RT/RW heads.
umumkan-denied-scope = Sorry, you can only send announcements to your own area.
umumkan-unavailable = Sorry, announcements cannot be sent at the moment.

umumkan-audience-prompt = Who should receive this announcement?
umumkan-audience-semua = All residents
umumkan-audience-semua-aliases = all, everyone
umumkan-audience-rw = Residents of some RWs
umumkan-audience-rw-aliases = rw
umumkan-audience-rt = Residents of one RT
umumkan-audience-rt-aliases = rt
umumkan-audience-ketua-rt = All RT heads
umumkan-audience-ketua-rt-aliases = rt heads
umumkan-audience-ketua-rw = All RW heads
umumkan-audience-ketua-rw-aliases = rw heads
umumkan-audience-lpmk = LPMK board
umumkan-audience-lpmk-aliases = lpmk, board
umumkan-audience-kader = Cadres
umumkan-audience-kader-aliases = cadres, kader
umumkan-audience-agenda = Residents whose proposals are on the agenda
umumkan-audience-agenda-aliases = proposals, agenda
# $rws (String) - RW numbers, comma-separated
umumkan-audience-rw-list = residents of RW { $rws }
# $rw (String), $rt (String)
umumkan-audience-rt-one = residents of RT { $rt } RW { $rw }
# $rw (String)
umumkan-audience-agenda-rw = residents with a proposal on the list of RW { $rw }
umumkan-rw-prompt = Type the RW numbers, one or more (for example: 1 3 5).
umumkan-rw-invalid = Please type RW numbers only, for example: 1 3 5.
# $rw (String)
umumkan-rw-unknown = RW { $rw } does not exist in this kelurahan. Please check the number.
umumkan-rt-prompt = Type the RW number, then the RT number (for example: RW 3 RT 2, or 3 2).
umumkan-rt-invalid = Please type the RW number, then the RT number, for example: 3 2.
# $rw (String), $rt (String)
umumkan-rt-unknown = RT { $rt } RW { $rw } does not exist in this kelurahan. Please check the numbers.
umumkan-agenda-rw-prompt = Which RW's proposals are on the agenda? Type its number (for example: 3).
# $audience (String), $reach (Number), $telegram (Number), $whatsapp (Number), $other (Number), $berhenti (Number), $unreachable (Number)
umumkan-count =
    Recipients: { $audience }.
    It will go to { $reach } people ({ $telegram } on Telegram, { $whatsapp } on WhatsApp, { $other } on other channels).
    Skipped: { $berhenti } who chose to stop receiving announcements, { $unreachable } without a working chat.
umumkan-nobody = Nobody in this audience can be reached. Please choose other recipients.

umumkan-title-prompt = What is the meeting's title? (for example: RW 03 residents' meeting)
umumkan-when-prompt = Day, date and time of the meeting? (for example: Sabtu 12/12 19.30, or besok jam 8)
umumkan-when-passed = That meeting time has already passed. Please type a new time.
umumkan-place-prompt = Where is it held? (for example: RW 03 hall)
umumkan-agenda-prompt = What is on the agenda?
umumkan-text-prompt = Type the information you would like to pass on.
umumkan-poster-prompt = Is there a poster or photo to attach? Send the photo, or choose Skip.
umumkan-skip = Skip
umumkan-skip-aliases = skip, none, no
umumkan-link-prompt = Is there a link for more information? Type the link, or type Skip.
umumkan-link-invalid = A link starts with http://, https:// or www. Type Skip if there is none.

# $message (String) - the message as residents receive it, $audience (String), $reach (Number), $berhenti (Number)
umumkan-preview =
    Preview, as residents will receive it:
    ────────
    { $message }
    ────────
    To { $audience }: { $reach } people ({ $berhenti } skipped because they opted out).
    Send it now?
umumkan-preview-poster = (with the poster attached)
umumkan-preview-empty = The announcement is not complete. Please start again with /umumkan.
umumkan-send = Send
umumkan-send-aliases = send, yes, ok
umumkan-edit = Edit
umumkan-edit-aliases = edit, change
umumkan-cancel = Cancel
umumkan-cancel-aliases = { "" }
umumkan-cancelled = The announcement was cancelled; nothing was sent.
umumkan-queued = Thank you. The announcement is being sent in stages. You will get a short report when it is done; see also /siaran.

## Messages residents receive

# $id (String), $from (String), $title (String), $when (String), $place (String), $agenda (String)
umumkan-msg-undangan =
    📣 Meeting notice from { $from }
    { $title }
    When: { $when }
    Where: { $place }
    Agenda: { $agenda }
# $id (String), $from (String), $text (String)
umumkan-msg-sosialisasi =
    📢 Information from { $from }
    { $text }
# $link (String)
umumkan-msg-link = More: { $link }
# $id (String)
umumkan-msg-poster = Poster of announcement { $id }
umumkan-rsvp-question = Will you attend?
# $id (String) - the notice's number
umumkan-rsvp-later = To answer whether you will attend, type /rsvp { $id }
umumkan-rsvp-hadir = Attending
umumkan-rsvp-hadir-aliases = attending, attend, yes
umumkan-rsvp-tidak = Not attending
umumkan-rsvp-tidak-aliases = not attending, no, cannot
umumkan-rsvp-mungkin = Maybe
umumkan-rsvp-mungkin-aliases = maybe, not sure
# $id (String), $title (String), $when (String), $place (String)
umumkan-reminder-h1 =
    ⏰ Reminder: the meeting "{ $title }" is tomorrow
    When: { $when }
    Where: { $place }
# $id (String), $title (String), $when (String), $place (String)
umumkan-reminder-soon =
    ⏰ Reminder: the meeting "{ $title }" starts soon.
    When: { $when }
    Where: { $place }

## RSVP

# $id (String) - the number typed
rsvp-unknown = Sorry, notice { $id } was not found for you. Please check the number in the notice.
# $title (String)
rsvp-late = Sorry, the meeting has already started. The answer can no longer be changed.
# $id (String), $title (String)
rsvp-ask = Notice { $id }: { $title }. Will you attend?
# $id (String)
rsvp-thanks-hadir = Thank you, your attendance is noted. You can change the answer with /rsvp { $id } before the meeting starts.
# $id (String)
rsvp-thanks-tidak = Thank you for letting us know. You can change the answer with /rsvp { $id } before the meeting starts.
# $id (String)
rsvp-thanks-mungkin = Thank you, "maybe" is noted. You can change the answer with /rsvp { $id } before the meeting starts.

## /siaran: announcements and their delivery report

# $id (String), $kind (String), $what (String)
siaran-title = #{ $id } { $kind }: { $what }
siaran-none = No announcements have been sent yet.
siaran-list-head = Latest announcements:
siaran-list-footer = Type /siaran <number> to see its delivery report.
# $sent (Number), $total (Number)
siaran-list-counts = sent { $sent } of { $total }
# $id (String)
siaran-not-found = Announcement { $id } was not found.
