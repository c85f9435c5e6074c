## /umumkan: LPMK announcements (meeting notices and information), RSVP, reminders, and /siaran (delivery report).

umumkan-kind-prompt = What kind of announcement would you like to send?
umumkan-kind-undangan = Meeting notice
umumkan-kind-undangan-aliases = meeting, notice, invitation
umumkan-kind-sosialisasi = Information
umumkan-kind-sosialisasi-aliases = information, info
umumkan-denied-undangan = Cadres can send information only. Meeting notices are sent by the LPMK board or the RT/RW heads.
umumkan-denied-scope = You can only send announcements to your own area.
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
umumkan-poster-prompt = Is there a poster, photo or PDF to attach? Send the photo or PDF, or choose Skip.
umumkan-skip = Skip
umumkan-skip-aliases = skip, none, no
umumkan-link-prompt = Is there a link for more information? Type the link, or type Skip.
umumkan-link-invalid = A link starts with http://, https:// or www. Type Skip if there is none.

# $message (String) - the message as residents receive it, $audience (String), $reach (Number), $berhenti (Number), $when (String)
umumkan-preview =
    Preview, as residents will receive it:
    ────────
    { $message }
    ────────
    To { $audience }: { $reach } people ({ $berhenti } skipped because they opted out).
    { $when }
    Send it?
umumkan-preview-poster = (with the poster attached)
# $file (String) - the name of the PDF file sent
umumkan-preview-document = Attachment: { $file } (PDF)
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
## When to send (now, at a set time, repeating) and /siaran control: cancel, pause, resume, reschedule

umumkan-when-send-prompt = When should this announcement go out?
umumkan-when-now = Now
umumkan-when-now-aliases = now, send now, sekarang
umumkan-when-later = At a set time
umumkan-when-later-aliases = later, schedule, scheduled, nanti
umumkan-when-repeat = Repeating (fixed schedule)
umumkan-when-repeat-aliases = repeat, repeating, recurring, berulang
umumkan-send-at-prompt = When should it be sent? Type the day, date and time (for example: next Monday 09.00, or tgl 5 jam 16).
# $when (String)
umumkan-send-at-after-meeting = The invitation must go out before the meeting starts ({ $when }). Please type an earlier time.
umumkan-repeat-prompt = How should it repeat?
umumkan-repeat-weekly = Every week, on the same day
umumkan-repeat-weekly-aliases = weekly, every week, mingguan
umumkan-repeat-monthly-nth = Every month, on the n-th weekday (for example: second Tuesday)
umumkan-repeat-monthly-nth-aliases = monthly weekday, nth weekday, second tuesday
umumkan-repeat-monthly-date = Every month, on the same date
umumkan-repeat-monthly-date-aliases = monthly date, date, same date
umumkan-repeat-first-prompt = When is the first one? Type the day, date and time (for example: Selasa 8/12 08.00). The next ones follow that day and time.
umumkan-repeat-too-late = That day does not occur every month. Please choose a date from the 1st to the 28th (for example: Selasa 8/12 08.00).
# $weekday (String), $time (String), $zone (String)
umumkan-repeat-desc-weekly = every { $weekday } at { $time } { $zone }
# $weekday (String), $nth (String), $time (String), $zone (String)
umumkan-repeat-desc-monthly-nth = on the { $nth } { $weekday } of every month at { $time } { $zone }
# $day (String), $time (String), $zone (String)
umumkan-repeat-desc-monthly-date = on day { $day } of every month at { $time } { $zone }
umumkan-repeat-nth-1 = first
umumkan-repeat-nth-2 = second
umumkan-repeat-nth-3 = third
umumkan-repeat-nth-4 = fourth
umumkan-preview-when-now = Sending: now.
# $when (String)
umumkan-preview-when-at = Sending: { $when }.
# $rule (String), $first (String)
umumkan-preview-when-repeat = Sent { $rule }; the first on { $first }.
# $when (String)
umumkan-queued-at = Thank you. The announcement is scheduled and will be sent { $when }. Until then it can be cancelled with /siaran.
# $rule (String), $first (String)
umumkan-queued-repeat = Thank you. The announcement will be sent { $rule }, starting { $first }. Each one has its own report; stop it with /siaran.
# $id (String), $title (String), $when (String), $place (String)
umumkan-notice-changed =
    📢 The meeting "{ $title }" (invitation { $id }) has moved
    New time: { $when }
    Where: { $place }
    Your answer is kept; you can change it with /rsvp { $id }.
# $id (String), $title (String), $when (String), $place (String)
umumkan-notice-cancelled =
    ❌ The meeting "{ $title }" (invitation { $id }) on { $when } is cancelled.
    We apologise for the change.

siaran-phase-scheduled = scheduled
siaran-phase-running = sending
siaran-phase-paused = paused
siaran-phase-finished = finished
siaran-phase-cancelled = cancelled
# $counts (String), $phase (String)
siaran-list-state = { $counts } · { $phase }
# $when (String)
siaran-list-send-at = to be sent { $when }
siaran-repeat-head = Repeating announcements:
# $id (String), $kind (String), $what (String), $rule (String), $next (String)
siaran-repeat-line =
    R{ $id } { $kind }: { $what }
      { $rule }; next { $next }
siaran-control-footer = Control: /siaran batal <number>, /siaran jeda <number>, /siaran lanjut <number>, /siaran ubah <number> <new time>. Stop a repeating one with /siaran batal R<number>.
siaran-cmd-batal = batal, cancel, stop
siaran-cmd-jeda = jeda, pause
siaran-cmd-lanjut = lanjut, resume, continue
siaran-cmd-ubah = ubah, move, reschedule
# $id (String)
siaran-cancelled-scheduled = Announcement #{ $id } is cancelled before it was sent; no resident received it.
# $id (String)
siaran-cancelled-meeting = Meeting #{ $id } is cancelled. The residents who already had the invitation are told, and no reminder will be sent.
# $id (String)
siaran-cancel-too-late = Announcement #{ $id } is already being sent, so it cannot be cancelled. You can pause it with /siaran jeda { $id }.
# $id (String)
siaran-already-cancelled = Announcement #{ $id } is already cancelled.
# $id (String)
siaran-paused = Sending of #{ $id } is paused. Messages not yet sent are held until you type /siaran lanjut { $id }.
# $id (String)
siaran-pause-not-running = Announcement #{ $id } is not being sent, so it cannot be paused.
# $id (String)
siaran-resumed = Sending of #{ $id } continues.
# $id (String)
siaran-resume-not-paused = Announcement #{ $id } is not paused.
# $id (String)
siaran-schedule-stopped = Repeating announcement R{ $id } is stopped; nothing more will be sent.
# $id (String)
siaran-schedule-not-found = Repeating announcement R{ $id } was not found.
siaran-control-usage = Please give the announcement's number, for example: /siaran jeda 3. A repeating one: /siaran batal R1.
siaran-ubah-usage = Type /siaran ubah <number> <new time>, for example: /siaran ubah 3 Sabtu 5/12 19.30.
siaran-ubah-not-undangan = Only a meeting invitation can be moved to another time.
# $id (String)
siaran-ubah-closed = Meeting #{ $id } has started or is cancelled, so its time cannot be changed.
# $id (String), $when (String)
siaran-ubah-done = Meeting #{ $id } is moved to { $when }. One change notice goes to the residents who had the invitation; the old reminders are dropped and new ones made for the new time.
# $id (String)
siaran-denied = Announcement #{ $id } was sent by another officer. You can only control the announcements you sent yourself.
rsvp-cancelled = We are sorry, this meeting has been cancelled, so no answer is recorded.
# $when (String)
siaran-ubah-before-send = This invitation is only sent { $when }. Please choose a meeting time after that.
