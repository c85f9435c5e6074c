## /usulan (LPMK): one proposal in full, moving proposals after the Musrenbang; "is it fixed?" for residents.

usulan-unavailable = Proposal follow-up is not active on this server.
usulan-usage = How to use /usulan:
    • /usulan ASP-7K3Q — one proposal in full
    • /usulan ASP-7K3Q disetujui rkpd — move its status
    • /usulan ASP-7K3Q ditolak [reason]
    • /usulan ASP-7K3Q ASP-P4MN disetujui — several proposals at once
    • /usulan rw 3 diusulkan-musrenbang — every proposal of one RW
    • /usulan rekap — per RW: finished and confirmed by residents
    Statuses: diusulkan-musrenbang, disetujui, ditolak, dikerjakan, selesai.
# $ticket (String)
usulan-unknown-ticket = Ticket { $ticket } was not found. Please check the number.
# $word (String), $statuses (String)
usulan-unknown-status = Unknown status "{ $word }". Choose one of: { $statuses }.
usulan-force-admin-only = Only an LPMK admin can force a status change.
# $ticket, $status (String)
usulan-refused-same = Proposal { $ticket } is already «{ $status }».
# $ticket, $from, $to, $allowed (String)
usulan-refused-order = Proposal { $ticket } cannot move to «{ $to }»: it is «{ $from }» now. «{ $to }» can only follow: { $allowed }. An LPMK admin can force it by adding the word "paksa".
usulan-needs-reason = «Rejected» needs a reason.
usulan-needs-channel = «Approved» needs a funding channel.

usulan-status-diusulkan-musrenbang-aliases = proposed, musrenbang
usulan-status-disetujui-aliases = approved, approve
usulan-status-ditolak-aliases = rejected, reject
usulan-status-dikerjakan-aliases = in progress, working
usulan-status-selesai-aliases = done, finished

usulan-reason-prompt = Why was it rejected?
usulan-reason-dobel = Already proposed / duplicate
usulan-reason-dobel-aliases = duplicate
usulan-reason-kewenangan = Not the kelurahan's authority
usulan-reason-kewenangan-aliases = authority
usulan-reason-lokasi = Location not suitable
usulan-reason-lokasi-aliases = location
usulan-reason-anggaran = Not enough budget
usulan-reason-anggaran-aliases = budget
usulan-reason-lainnya = Other (write the reason)
usulan-reason-lainnya-aliases = other
usulan-reason-write = Please write the reason in one sentence.

usulan-channel-prompt = Through which funding channel was it approved?
usulan-channel-rkpd = RKPD
usulan-channel-rkpd-aliases = rkpd
usulan-channel-apbd-kelurahan = Kelurahan budget (APBD)
usulan-channel-apbd-kelurahan-aliases = apbd
usulan-channel-swadaya = Self-funded (swadaya)
usulan-channel-swadaya-aliases = self-funded
usulan-channel-csr = CSR
usulan-channel-csr-aliases = csr
usulan-channel-dana-pusat = Central government funds
usulan-channel-dana-pusat-aliases = central

usulan-batch-confirm = Go ahead?
usulan-batch-yes = Yes, move them
usulan-batch-yes-aliases = yes, ok
usulan-batch-no = Cancel
usulan-batch-no-aliases = no
usulan-batch-cancelled = Cancelled. No proposal was moved.
# $count (Number), $status (String), $refused (Number)
usulan-batch-summary = { $count } proposal(s) will move to «{ $status }»{ $refused ->
    [0] .
   *[other] ; { $refused } cannot move (see below).
}
# $status (String)
usulan-batch-none = No proposal can move to «{ $status }».
# $count (Number), $status (String)
usulan-batch-moved = { $count } proposal(s) moved to «{ $status }». The residents behind each were told.
# $ticket, $status (String)
usulan-moved = Proposal { $ticket } moved to «{ $status }». The residents behind it were told.
usulan-moved-forced = Proposal { $ticket } was forced to «{ $status }» (recorded in the audit log). The residents behind it were told.

# $ticket, $category, $description, $location, $rw, $rt, $status, $origin (String), $supporters (Number)
usulan-detail = *{ $ticket }* · { $category }
    Description: { $description }
    Location: { $location } (RT { $rt } / RW { $rw })
    Status: *{ $status }*
    Origin: { $origin }
    Supporters: { $supporters } residents
usulan-origin-warga = a resident's aspiration
usulan-origin-rembug = raised at a rembug
usulan-detail-rahasia = 🔒 Confidential: LPMK only.
# $name (String)
usulan-detail-reporter = Reported by: { $name }
usulan-detail-history = History:
# $count (Number)
usulan-detail-linked = Linked aspirations ({ $count }):
# $ticket, $rt, $description (String)
usulan-detail-linked-line = • { $ticket } (RT { $rt }): { $description }
# $date (Date), $text (String)
usulan-history-line = { DATETIME($date, day: "numeric", month: "short", year: "numeric") } · { $text }
# $status, $reason (String)
usulan-history-reason = { $status }: { $reason }
# $status, $channel (String)
usulan-history-channel = { $status } through { $channel }
# $rt, $rw (String), $rank (Number)
usulan-history-rank-rt = on the priority list of RT { $rt }, rank { $rank }
# $rw (String), $rank (Number)
usulan-history-rank-rw = on the priority list of RW { $rw }, rank { $rank }
# $group (String) - the group (Pokmas) name, $rank (Number)
usulan-history-rank-pokmas = on the priority list of { $group }, rank { $rank }

## The notice residents get for every change.
# $ticket, $status, $detail, $next (String)
usulan-notice = News of proposal { $ticket }: it is now *{ $status }*.{ $detail }
    { $next }
# $reason (String)
usulan-notice-reason = {" "}Reason: { $reason }.
# $channel (String)
usulan-notice-channel = {" "}Funding: { $channel }.
usulan-next-diusulkan-musrenbang = It goes to the Musrenbang Kelurahan. We will tell you the outcome.
usulan-next-disetujui = Next it is scheduled for work. We will tell you when work starts.
usulan-next-ditolak = You may raise it again in the next cycle, or ask the LPMK board.
usulan-next-dikerjakan = The work is under way. We will tell you when it is finished.
usulan-next-selesai = In a few days we will ask you whether it is really fixed.

## "Is it fixed?" after selesai.
# $ticket (String)
beres-question = Proposal { $ticket } was marked finished. Is it really fixed on the ground?
beres-sudah = Fixed
beres-sudah-aliases = yes, fixed
beres-belum = Not yet
beres-belum-aliases = no, not yet
beres-sebagian = Partly
beres-sebagian-aliases = partly, partially
beres-photo = If you like, send a photo of how it looks now, or choose Skip.
beres-skip = Skip
beres-skip-aliases = skip, none
beres-comment = Any remarks? Write briefly, or type "skip".
# $ticket (String)
beres-thanks-done = Thank you! Your confirmation for { $ticket } is recorded.
beres-thanks-reopened = Thank you. Proposal { $ticket } is reopened as «In progress» and the LPMK has been told.
beres-later = To answer later, type /beres { $ticket }.
beres-none = There is no "is it fixed?" question waiting for your answer on that ticket.
# $ticket, $name, $answer, $comment, $photo (String)
beres-lpmk-report = Resident report: proposal { $ticket } was answered «{ $answer }» by { $name }. It is reopened as «In progress».
    Remark: { $comment }
    Photo: { $photo }
# Used in the report to LPMK members who are not admins, when the aspiration is rahasia.
beres-lpmk-someone = the reporter (rahasia)

## npm run admin -- usulan import FILE
usulan-import-empty = The file has no proposal rows.
# $ticket (String)
usulan-import-bad-ticket = "{ $ticket }" is not a ticket number (e.g. ASP-7K3Q).
# $ticket (String), $line (Number)
usulan-import-duplicate = ticket { $ticket } is already on line { $line }.
# $channel (String)
usulan-import-bad-channel = unknown channel "{ $channel }" (RKPD, APBD kelurahan, swadaya, CSR, dana pusat).
# $file (String)
usulan-import-no-file = File { $file } not found.
# $column (String)
usulan-import-no-column = The header row has no "{ $column }" column.
# $count (Number)
usulan-import-none-applied = Nothing was applied: { $count } line(s) have problems. Fix them and run it again.
# $line (Number), $error (String)
usulan-import-line = Line { $line }: { $error }
# $count, $notified (Number)
usulan-import-applied = { $count } proposal(s) moved; { $notified } residents told.

## Exports after the Musrenbang (Daftar Usulan Tidak Disepakati, berita acara).
# $kelurahan (String)
usulan-export-kelurahan = Kelurahan: { $kelurahan }
# $cycle (String)
usulan-export-cycle = Cycle: { $cycle }
# $date (Date)
usulan-export-date = Date: { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
usulan-export-rejected-title = LIST OF PROPOSALS NOT AGREED (DAFTAR USULAN TIDAK DISEPAKATI)
usulan-export-rejected-sheet = Not agreed
usulan-export-rahasia-sheet = Confidential (LPMK only)
usulan-export-col-no = No
usulan-export-col-ticket = Ticket
usulan-export-col-usulan = Proposal
usulan-export-col-rw = RW
usulan-export-col-reason = Reason
usulan-export-ba-title = MINUTES OF THE MUSRENBANG KELURAHAN (BERITA ACARA)
# $rw (String)
usulan-export-ba-rw = RW { $rw }
# $total, $women, $youth, $elderly, $disabled (Number)
usulan-export-ba-attendance = RW rembug attendance: { $total } people (women { $women }, youth { $youth }, elderly { $elderly }, disabled { $disabled })
usulan-export-ba-attendance-none = RW rembug attendance: not recorded
usulan-export-ba-agreed = Agreed proposals
usulan-export-ba-rejected = Proposals not agreed
usulan-export-ba-empty = (none)
# $no (Number), $ticket, $usulan, $channel (String)
usulan-export-ba-agreed-line = { $no }. { $ticket } · { $usulan } · funding: { $channel }
# $no (Number), $ticket, $usulan, $reason (String)
usulan-export-ba-rejected-line = { $no }. { $ticket } · { $usulan } · reason: { $reason }
# $file (String), $rows (Number)
usulan-export-written = File { $file } written ({ $rows } proposals).

## Follow-up recap per RW (/usulan rekap, npm run admin -- usulan rekap).
usulan-recap-header = Proposal follow-up per RW (finished · residents confirmed fixed · reported not yet/partly):
usulan-recap-empty = There are no proposals yet.
# $rw (String), $done, $confirmed, $disputed (Number)
usulan-recap-line = RW { $rw }: { $done } finished · { $confirmed } residents confirmed · { $disputed } residents reported it is not fixed
# $statuses (String) - statuses with their number of proposals, e.g. "Prioritised 2 · Finished 1"
usulan-recap-statuses = {"  "}Proposals by status: { $statuses }
# $status (String) - the status name, $count (Number) - number of proposals
usulan-recap-status = { $status } { $count }
