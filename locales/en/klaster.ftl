## Cluster editing by the LPMK (/gabung, /pisah and the dashboard's Klaster page): refusals, notices, the trail.

klaster-unavailable = Merging proposals is not enabled on this server.
klaster-gabung-usage = How to use /gabung:
    • /gabung ASP-7K3Q ASP-P4MN reason — proposal ASP-7K3Q (with all its aspirations) is merged into ASP-P4MN
    Both must be of one RW, one field and the same status. A reason is required.
klaster-pisah-usage = How to use /pisah:
    • /pisah ASP-7K3Q reason — aspiration ASP-7K3Q is split out of its proposal into a proposal of its own
    A reason is required.
klaster-reason-prompt = Please write the reason in one sentence (at least 3 letters).

## Confirmations.
# $from, $into (String), $fromMembers, $fromSupporters, $intoMembers, $intoSupporters (Number), $reason (String)
klaster-gabung-confirm = Proposal { $from } ({ $fromMembers } aspirations, { $fromSupporters } supporters) will be merged into { $into } ({ $intoMembers } aspirations, { $intoSupporters } supporters).
    Reason: { $reason }
    The residents behind { $from } will be told. Continue?
# $ticket, $from, $reason (String)
klaster-pisah-confirm = Aspiration { $ticket } will be split out of proposal { $from } into a proposal of its own.
    Reason: { $reason }
    Continue?
klaster-yes = Yes, continue
klaster-yes-aliases = yes, ok, continue
klaster-no = Cancel
klaster-no-aliases = no, do not
klaster-cancelled = Cancelled. No proposal was changed.
# $from, $into (String)
klaster-merged = Proposal { $from } was merged into { $into } (recorded in the audit log). The residents behind { $from } were told.
# $ticket, $from (String)
klaster-split = Aspiration { $ticket } was split out of proposal { $from } and is now a proposal of its own (recorded in the audit log).

## Refusals.
klaster-refused-forbidden = Sorry, only LPMK members can merge or split proposals.
# $min (Number)
klaster-refused-reason = A reason is required (at least { $min } letters).
# $ticket (String)
klaster-refused-unknown = Ticket { $ticket } was not found. Please check the number.
# $ticket (String)
klaster-refused-not-clustered = Aspiration { $ticket } has not been grouped into a proposal (or is confidential), so it cannot be merged or split.
# $ticket (String)
klaster-refused-alone = Aspiration { $ticket } is already a proposal of its own; there is nothing to split.
# $ticket, $other (String)
klaster-refused-same-cluster = { $ticket } and { $other } are already one proposal.
klaster-refused-other-rw = { $ticket } and { $other } are from different RWs; proposals are merged within one RW only.
klaster-refused-other-category = { $ticket } and { $other } are of different fields; proposals are merged within one field only.
klaster-refused-status-differs = { $ticket } and { $other } have different statuses. Bring them to the same status with /usulan first, then merge.

## What residents are told (through the outbox).
# $from, $into, $reason (String)
klaster-notice-merged = News of proposal { $from }: the LPMK merged it with the similar proposal { $into }.
    Reason: { $reason }
    Your support still counts. Further news will use number { $into }.
# $ticket, $from, $reason (String)
klaster-notice-split = News of aspiration { $ticket }: the LPMK split it out of proposal { $from }; it is now a proposal of its own.
    Reason: { $reason }

## The trail in /usulan, /status and the dashboard.
# $ticket, $reason (String)
klaster-trail-merged-into = merged into { $ticket } by the LPMK: { $reason }
klaster-trail-merged-from = merged from { $ticket }: { $reason }
klaster-trail-split-from = split out of { $ticket } by the LPMK: { $reason }
klaster-trail-split-out = { $ticket } was split out of this proposal: { $reason }
