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
dasbor-siaran-per-rw = Per RW and channel
dasbor-siaran-rsvp-title = Invitation answers
dasbor-siaran-rsvp-hadir = Attending
dasbor-siaran-rsvp-tidak = Not attending
dasbor-siaran-rsvp-mungkin = Maybe
dasbor-siaran-rsvp-none = No answer yet
# $when (String)
dasbor-siaran-sent-at = Made { $when }
