## The planning cycle (/siklus), the notices of a confirmed rembug and the rembug columns of the Daftar Panjang Usulan.

siklus-usage =
    Planning cycle commands:
    • /siklus — the running cycle and its progress
    • /siklus buka <name> — open a cycle, e.g. /siklus buka Musrenbang 2027
    • /siklus tutup — close the running cycle
siklus-none-open = No planning cycle is open yet. Type /siklus buka <name>, e.g. /siklus buka Musrenbang 2027.
# $name (String) - cycle name, $date (Date) - when it was opened
siklus-status-title = *Cycle { $name }* (opened { DATETIME($date, day: "numeric", month: "long", year: "numeric") })
# $confirmed (Number) - RTs with a confirmed rembug, $rts (Number) - number of RTs
siklus-status-total = RT rembugs confirmed: { $confirmed } of { $rts } RTs
siklus-status-per-rw = Per RW:
# $rw (String), $confirmed (Number), $rts (Number), $rwDone (String) - "yes" when the RW rembug is confirmed
siklus-status-rw-line = • RW { $rw }: { $confirmed } of { $rts } RTs{ $rwDone ->
    [yes] , RW rembug confirmed
   *[other] {""}
}
# $name (String) - the name typed
siklus-name-invalid = A cycle name needs 3 to 60 characters, for example: /siklus buka Musrenbang 2027
# $name (String) - the cycle still running
siklus-already-open = Cycle { $name } is still running. Close it first with /siklus tutup before opening a new one.
# $name (String), $adopted (Number), $carried (Number), $heads (Number)
siklus-opened =
    Cycle { $name } is open.
    Aspirations sent before it opened: { $adopted }
    Last year's proposals carried over: { $carried }
    RT heads notified: { $heads }
# $name (String), $carried (Number)
siklus-close-confirm =
    Close cycle { $name }?
    { $carried } aspirations not accommodated will carry over to the next cycle as last year's proposals.
siklus-close-yes = Yes, close it
siklus-close-yes-aliases = yes, y, close
siklus-close-no = No
siklus-close-no-aliases = no, n
siklus-close-kept = All right, the cycle keeps running.
# $name (String), $carried (Number)
siklus-closed = Cycle { $name } is closed. { $carried } aspirations carry over to the next cycle as last year's proposals.
siklus-close-none = No cycle is running.
# $name (String), $rt (String), $rw (String)
siklus-notice-opened =
    Dear Head of RT { $rt } / RW { $rw }, the planning cycle { $name } is open.
    When residents can meet, the RT rembug result can be recorded with /rembug. There is no target number of proposals: "no proposals this year" is a valid result too.

# $ticket (String), $rank (Number), $level (String), $rt (String), $rw (String), $group (String), $funding (String), $fundingLabel (String)
siklus-notice-prioritised = Your proposal { $ticket } is on the priority list of { $level ->
    [rw] RW { $rw }
    [pokmas] { $group }
   *[rt] RT { $rt }
} (rank { $rank }){ $funding ->
    [none] .
   *[other] , funding: { $fundingLabel }.
}
# $ticket (String), $level (String), $rt (String), $rw (String)
siklus-notice-not-prioritised = Your proposal { $ticket } was not prioritised this year at the rembug of { $level ->
    [rw] RW { $rw }
   *[rt] RT { $rt }
}, and will be brought to the next rembug again.

siklus-funding-swadaya = self-help (swadaya)
siklus-funding-apbd = APBD
siklus-funding-csr = CSR
siklus-funding-pusat = central funds
siklus-funding-lainnya = other

rekap-col-asal = Origin
rekap-asal-warga = residents' aspiration
rekap-asal-rembug = RT rembug
rekap-asal-carry-over = last year's proposal
# $rt (String), $rank (Number)
rekap-no-rt = RT { $rt }: { $rank }
# /rekap: the confirmed priority lists of the current cycle.
rekap-priorities = Priority lists from the rembug (RW list order, then RT rank):
# $rw (String)
rekap-priorities-rw = RW { $rw }:
# $no (String), $title (String), $ticket (String), $funding (String) - funding source or "none"
rekap-priority-line = • { $no }. { $title } ({ $ticket }){ $funding ->
    [none] {""}
   *[other] , funding: { $funding }
}
