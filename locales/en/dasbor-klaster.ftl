## Dashboard page 4: Klaster (merge two proposals, split one aspiration out).
dasbor-klaster-title = Proposal clusters
dasbor-klaster-merge-title = Merge two proposals
dasbor-klaster-merge-hint = Every aspiration and supporter of the first proposal moves to the second. Both must be of one RW, one field and the same status. The residents behind the first proposal are told.
dasbor-klaster-split-title = Split one aspiration out
dasbor-klaster-split-hint = The aspiration leaves its proposal and becomes a proposal of its own. Its sender is told.
dasbor-klaster-from = Ticket of the proposal to merge
dasbor-klaster-into = Merge into ticket
dasbor-klaster-ticket = Ticket
dasbor-klaster-reason = Reason
dasbor-klaster-check = Check
dasbor-klaster-confirm-title = Confirm the cluster change
dasbor-klaster-confirm-merge = Yes, merge
dasbor-klaster-confirm-split = Yes, split
dasbor-klaster-bad-ticket = The ticket number cannot be read. Write it like ASP-7K3Q.
dasbor-klaster-lpmk-only = Only LPMK members can merge and split proposals.
# $from, $into (String)
dasbor-klaster-merged = Proposal { $from } was merged into { $into }. The residents behind { $from } were told.
# $ticket (String)
dasbor-klaster-split-done = Aspiration { $ticket } was split out and is now a proposal of its own.
dasbor-klaster-all-rw = Every RW
dasbor-klaster-show = Show
dasbor-klaster-show-multi = Only those with more than one aspiration
dasbor-klaster-show-all = Every proposal
dasbor-klaster-filter = Filter
dasbor-klaster-none = No proposal matches.
dasbor-klaster-col-ticket = Main ticket
dasbor-klaster-col-category = Field
dasbor-klaster-col-text = Description
dasbor-klaster-col-members = Aspirations
dasbor-klaster-col-supporters = Supporters
dasbor-klaster-col-others = Other aspirations
dasbor-klaster-edits-title = Merges and splits
dasbor-klaster-col-when = When
dasbor-klaster-col-edit = Change
dasbor-klaster-col-by = By
# $from, $to (String), $moved (Number)
dasbor-klaster-edit-merge = { $from } merged into { $to } ({ $moved } aspirations)
dasbor-klaster-edit-split = { $to } split out of { $from }
