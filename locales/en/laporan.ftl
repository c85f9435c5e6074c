## /laporan: a broadcast's delivery report (per RW), a meeting's RSVPs, and the attendance list (PDF/XLSX).

# $title (String)
laporan-head = Delivery report { $title }
# $title (String)
laporan-done = Delivery finished: { $title }
# $total (Number), $sent (Number), $failed (Number), $blocked (Number), $skipped (Number), $queued (Number)
laporan-totals = Recipients { $total }: sent { $sent }, failed { $failed }, blocked { $blocked }, skipped (opted out) { $skipped }, waiting { $queued }.
# $hadir (Number), $tidak (Number), $mungkin (Number), $none (Number)
laporan-rsvp = Attendance: attending { $hadir }, not attending { $tidak }, maybe { $mungkin }, no answer { $none }.
# $perempuan (Number), $pemuda (Number), $lansia (Number), $disabilitas (Number), $answered (Number), $unanswered (Number)
laporan-inclusion = Among those attending: women { $perempuan }, youth { $pemuda }, elderly { $lansia }, people with disabilities { $disabilitas } (of { $answered } who gave inclusion data; { $unanswered } did not).
laporan-rw-head = Per RW:
# $rw (String) - two-digit RW number
laporan-rw = RW { $rw }
laporan-rw-none = No RW
# $rw (String), $total (Number), $sent (Number), $failed (Number), $blocked (Number), $skipped (Number), $queued (Number)
laporan-rw-line = { $rw } ({ $total } people): sent { $sent }, failed { $failed }, blocked { $blocked }, skipped { $skipped }, waiting { $queued }
# $hadir (Number), $tidak (Number), $mungkin (Number), $none (Number)
laporan-rw-rsvp = {"   "}attending { $hadir }, not attending { $tidak }, maybe { $mungkin }, no answer { $none }
# $id (String)
laporan-hadir-hint = Attendance list for signatures: /laporan { $id } hadir (PDF) or /laporan { $id } hadir xlsx.
laporan-usage =
    Type /laporan <number> for the delivery report of a broadcast, for example /laporan 3.
    For a meeting notice: /laporan <number> hadir (attendance list as PDF) or /laporan <number> hadir xlsx.
    List of broadcasts: /siaran.
# $id (String)
laporan-not-found = Broadcast { $id } was not found, or is not one you may see.
# $id (String)
laporan-not-undangan = Broadcast { $id } is not a meeting notice; attendance lists exist for meeting notices only.
laporan-hadir-words = hadir, attendance, daftar hadir, absen
laporan-unavailable = Broadcast reports are not available on this service.
laporan-hadir-making = The attendance list is being prepared and will follow shortly.
# $id (String), $title (String)
laporan-hadir-caption = Attendance list of meeting notice #{ $id }: { $title }
laporan-hadir-failed = Sorry, the attendance list could not be made. Please try again later.

## Attendance list (PDF and XLSX)

hadir-heading = ATTENDANCE LIST
# $kelurahan (String)
hadir-kelurahan = Kelurahan { $kelurahan }
# $title (String)
hadir-meeting = Meeting: { $title }
# $when (String)
hadir-when = Day, date: { $when }
# $place (String)
hadir-place = Place: { $place }
hadir-col-no = No.
hadir-col-name = Name
hadir-col-area = RT/RW
hadir-col-answer = Answer
hadir-col-sign = Signature
hadir-answer-hadir = Attending
hadir-answer-mungkin = Maybe
hadir-answer-walkin = -
# $rt (String), $rw (String)
hadir-area = { $rt }/{ $rw }
# $id (String), $count (Number), $at (String)
hadir-footer = Meeting notice #{ $id }. { $count } residents answered Attending or Maybe (as of { $at }). Blank rows for residents who come without having answered.
hadir-sheet = Attendance

## Delivery report as XLSX

laporan-sheet = Delivery report
laporan-col-rw = RW
laporan-col-total = Recipients
laporan-col-sent = Sent
laporan-col-failed = Failed
laporan-col-blocked = Blocked
laporan-col-skipped = Skipped (opted out)
laporan-col-queued = Waiting
laporan-col-rsvp-hadir = Attending
laporan-col-rsvp-tidak = Not attending
laporan-col-rsvp-mungkin = Maybe
laporan-col-rsvp-none = No answer
laporan-col-sum = Total
laporan-inclusion-head = Among those attending
laporan-inc-perempuan = Women
laporan-inc-pemuda = Youth
laporan-inc-lansia = Elderly
laporan-inc-disabilitas = People with disabilities
laporan-inc-answered = Gave inclusion data
laporan-inc-unanswered = Did not
