## Dashboard page 7: Siaran (broadcast reports).
dasbor-siaran-title = Broadcasts
dasbor-siaran-none = No announcement or invitation has been sent yet.
dasbor-siaran-not-found = This broadcast was not found.
dasbor-siaran-back = Back to the broadcasts
dasbor-siaran-col-title = Broadcast
dasbor-siaran-col-when = Made
dasbor-siaran-col-channel = Channel
dasbor-siaran-total = Recipients
dasbor-siaran-status-sent = Sent
dasbor-siaran-status-failed = Failed
dasbor-siaran-status-skipped = Skipped (stopped)
dasbor-siaran-status-queued = Waiting
dasbor-siaran-per-rw = Per RW
dasbor-siaran-rsvp-title = Invitation answers
dasbor-siaran-rsvp-hadir = Attending
dasbor-siaran-rsvp-tidak = Not attending
dasbor-siaran-rsvp-mungkin = Maybe
dasbor-siaran-rsvp-none = No answer yet
# $when (String)
dasbor-siaran-sent-at = Made { $when }
dasbor-siaran-status-blocked = Blocked
dasbor-siaran-per-channel = Per channel
dasbor-siaran-channel-none = No working channel
dasbor-siaran-col-sum = Total
dasbor-siaran-rw-none = No RW
dasbor-siaran-scope-hint = You see the broadcasts whose recipients all live in your area, and the ones you sent yourself.
dasbor-siaran-inclusion-title = Among those attending
dasbor-siaran-inc-perempuan = Women
dasbor-siaran-inc-pemuda = Youth
dasbor-siaran-inc-lansia = Elderly
dasbor-siaran-inc-disabilitas = Persons with disabilities
# $answered (Number), $unanswered (Number)
dasbor-siaran-inclusion-hint = Counts only, never per person: { $answered } people gave inclusion data, { $unanswered } did not.
dasbor-siaran-hadir-title = Attendance list
dasbor-siaran-hadir-hint = Attendance list for signatures (residents who answered Attending or Maybe, then blank rows):
# $when (String), $place (String)
dasbor-siaran-meeting = Meeting { $when } at { $place }
dasbor-siaran-delivery-title = Delivery
# $agenda (String)
dasbor-siaran-agenda = Agenda: { $agenda }
