## Rembug RT, RW and Pokmas (/rembug): the ordered priority list, funding, attendance, berita acara.

# $rt, $rw (String) - two-digit numbers
rembug-area-rt = RT { $rt } / RW { $rw }
rembug-area-rw = RW { $rw }
# $name (String) - group name
rembug-area-pokmas = Pokmas { $name }
rembug-rt-label = RT { $rt }
rembug-none = -
rembug-unavailable = Sorry, the rembug feature is not active here yet.
rembug-usage = Type /rembug for the rembug of your own area.
rembug-no-area = You are not recorded as head of an RT, RW or Pokmas, so you cannot open a rembug yet.
rembug-lpmk-hint = A rembug is run by the head of an RT, RW or Pokmas. To reopen a confirmed result, type /rembug buka <RW> <RT> (e.g. /rembug buka 3 2), /rembug buka <RW> or /rembug buka pokmas <number>.
rembug-no-cycle = No planning cycle is open, so a rembug cannot be recorded yet. Please wait for the LPMK to open one (/siklus buka). Residents' aspirations are kept and will belong to the next cycle.
# $area (String)
rembug-not-yours = The rembug of { $area } can only be run and seen by its own head.
# $area (String), $version (Number)
rembug-already-confirmed = The rembug of { $area } is already confirmed (version { $version }). If it must change, please ask an LPMK member to reopen it.
# $area (String), $cycle (String), $max (Number)
rembug-intro = *Rembug { $area }* — { $cycle }
    The priority list holds at most { $max } proposals, most important first. The cap applies to every area so that what goes to the musrenbang is what matters most.
# $confirmed, $pending (String)
rembug-rw-progress =
    RTs that confirmed their rembug: { $confirmed }
    RTs not yet: { $pending }
# $area (String), $count (Number)
rembug-draft-found = A saved draft of the rembug of { $area } exists ({ $count } proposals).
rembug-draft-prompt = Continue that draft or start again?
rembug-draft-continue = Continue
rembug-draft-continue-aliases = continue, go on
rembug-draft-restart = Start again
rembug-draft-restart-aliases = restart, new
# $area (String), $max (Number), $page (Number), $pages (Number), $count (Number)
rembug-pick-prompt =
    Candidate proposals of { $area } ({ $count } proposals, page { $page }/{ $pages }).
    Pick at most { $max }, most important first: type the numbers at once (e.g. 4 1 7 or 4,1,7) or one at a time and then DONE. Type NEXT for the next page, or NONE if no candidate is chosen.
rembug-page-next-aliases = next, more
rembug-pick-none-aliases = none, nothing
# $ticket, $title, $category (String), $supporters (Number)
rembug-candidate-line = { $ticket } { $title } — { $supporters } supporters
rembug-candidate-carried = from last year
rembug-candidate-raised = raised at the meeting
# $rt (String), $rank (Number)
rembug-candidate-rt-rank = RT { $rt } no. { $rank }
# $count (Number), $max (Number)
rembug-add-ask = Any proposal raised at the meeting that was never sent through the bot? ({ $count } of at most { $max } proposals chosen.)
rembug-add-ask-pokmas = Add a proposal agreed at the group's meeting? ({ $count } of at most { $max } proposals.)
rembug-add-yes = Add a meeting proposal
rembug-add-yes-aliases = add, yes
rembug-add-no = Go on
rembug-add-no-aliases = go on, no, done
# $max (Number)
rembug-cap-reached = The list already holds { $max } proposals, the maximum. To replace one, choose Edit on the summary.
rembug-add-category = Which field is this meeting proposal about?
rembug-add-description = Write a short description of the proposal.
rembug-add-location = Where is it? (street, alley or landmark)
# $ticket, $title (String), $rank (Number)
rembug-add-done = Meeting proposal recorded as { $ticket } ({ $title }), rank { $rank }.
# $rank, $count (Number), $ticket, $title (String)
rembug-item-header = Proposal { $rank } of { $count }: { $ticket } { $title }
rembug-funding-prompt = Planned source of funding?
rembug-funding-swadaya = Self-help (swadaya)
rembug-funding-swadaya-aliases = self-help, swadaya
rembug-funding-apbd = APBD (regional budget)
rembug-funding-apbd-aliases = apbd, regional
rembug-funding-csr = CSR
rembug-funding-csr-aliases = csr, private
rembug-funding-pusat = Central government
rembug-funding-pusat-aliases = central, apbn
rembug-funding-lainnya = Other
rembug-funding-lainnya-aliases = other
rembug-skip = Skip
rembug-skip-aliases = skip, none, -
rembug-volume-prompt = Volume and unit, e.g. 150 m, 2 unit or 30 m2. Type SKIP if not known.
rembug-volume-unreadable = Sorry, I could not read the volume. Write a number and its unit, e.g. 150 m, 2 unit or 30 m2, or type SKIP.
# $volume (String)
rembug-volume-noted = Volume: { $volume }
rembug-cost-prompt = Estimated cost? E.g. Rp 25.000.000, 25 jt or 2,5 M. Type SKIP if there is none.
# $cost (String)
rembug-cost-noted = Estimated cost: { $cost }
rembug-swadaya-prompt = What can residents contribute to this proposal? (labour, materials or money; e.g. "20 people for a work day, 2 trucks of sand")
rembug-attendance-total = How many people attended the rembug?
# $total (Number)
rembug-attendance-women = Of the { $total } present, how many women? (type SKIP if not recorded)
rembug-attendance-youth = How many young people? (SKIP if not recorded)
rembug-attendance-elderly = How many elderly people? (SKIP if not recorded)
rembug-attendance-disabled = How many people with disabilities? (SKIP if not recorded)
# $total (Number)
rembug-attendance-over-total = That is more than were present ({ $total } people). Please check again.
rembug-photo-prompt = Send a photo of the attendance list or the signed minutes, or choose Skip.
# $area, $list, $total, $women, $youth, $elderly, $disabled, $photo (String)
rembug-summary = *Summary of the rembug of { $area }*
    { $list }

    Present: { $total } people (women { $women }, youth { $youth }, elderly { $elderly }, disabilities { $disabled })
    Attendance photo: { $photo }

    Once confirmed, the result is locked.
# $rank (Number), $ticket, $title, $funding, $volume, $cost, $swadaya (String)
rembug-summary-item = { $rank }. { $ticket } { $title }
    {"   "}Funding: { $funding } · Volume: { $volume } · Cost: { $cost } · Self-help: { $swadaya }
rembug-summary-empty = (No proposals this year.)
rembug-summary-photo-yes = yes
rembug-summary-photo-no = none
rembug-confirm = Confirm
rembug-confirm-aliases = confirm, agree, send
rembug-edit = Edit
rembug-edit-aliases = edit, change
rembug-leave = Cancel
rembug-left-draft-kept = The rembug is not confirmed. Its draft is kept; type /rembug to continue at any time.
rembug-funding-missing = A proposal still has no source of funding. Please complete it first.
# $area (String), $count (Number)
rembug-confirmed = Thank you. The rembug of { $area } is confirmed with { $count } proposals and locked. The minutes (PDF) follow shortly.
rembug-locked = This rembug was already confirmed; the second confirmation is not recorded. If it must change, please ask an LPMK member to reopen it.
rembug-edit-which = What would you like to change?
rembug-edit-order = Choice and order
rembug-edit-details = Details of one proposal
rembug-edit-attendance = Attendance
rembug-edit-none = Nothing
rembug-edit-item-which = Which proposal?
rembug-reopen-lpmk-only = Only LPMK members can reopen a rembug result.
rembug-reopen-usage = Type /rembug buka <RW> <RT>, e.g. /rembug buka 3 2; /rembug buka <RW> for an RW rembug; /rembug buka pokmas <number>.
# $area (String)
rembug-reopen-nothing = No confirmed rembug result of { $area } in this cycle.
# $area (String), $version (Number)
rembug-reopened = The rembug of { $area } is reopened as version { $version }. The earlier version stays in the history; the head can edit and confirm again.

## Minutes (PDF)
rembug-pdf-heading-rt = MINUTES OF THE RT REMBUG
rembug-pdf-heading-rw = MINUTES OF THE RW REMBUG
rembug-pdf-heading-pokmas = MINUTES OF THE POKMAS REMBUG
# $area (String), $kelurahan (String)
rembug-pdf-subheading = Priority list of proposals of { $area }, Kelurahan { $kelurahan }
rembug-pdf-kelurahan = Kelurahan: { $kelurahan }
rembug-pdf-area = Area: { $area }
# $cycle (String)
rembug-pdf-cycle = Planning cycle: { $cycle }
# $date (String)
rembug-pdf-date = Confirmed on: { $date }
# $version (Number)
rembug-pdf-version = Version: { $version }
# $total (String)
rembug-pdf-attendance = Present: { $total } people
# $women, $youth, $elderly, $disabled (String)
rembug-pdf-inclusion = Of whom women { $women }, youth { $youth }, elderly { $elderly }, people with disabilities { $disabled }
rembug-pdf-photo-yes = Photo of the attendance list/minutes: kept in the system
rembug-pdf-photo-no = Photo of the attendance list/minutes: none
rembug-pdf-col-rank = No.
rembug-pdf-col-item = Proposal
rembug-pdf-col-funding = Funding
rembug-pdf-col-volume = Volume
rembug-pdf-col-cost = Estimated cost
rembug-pdf-col-swadaya = Self-help potential
# $supporters (Number)
rembug-pdf-source-aspirasi = Residents' aspiration, { $supporters } supporters
rembug-pdf-source-carry-over = From last year, { $supporters } supporters
rembug-pdf-source-rembug = Raised at the rembug
rembug-pdf-source-rt-list = From the RT lists, { $supporters } supporters
rembug-pdf-empty = No proposal was prioritised this year.
rembug-pdf-sign-head-rt = Head of RT
rembug-pdf-sign-head-rw = Head of RW
rembug-pdf-sign-head-pokmas = Head of the Pokmas
rembug-pdf-sign-secretary = Minute-taker
rembug-pdf-sign-witness = Residents' representative
# $id (Number)
rembug-pdf-footer = Made by the Rembug bot, result number { $id }.
# $area (String)
rembug-pdf-caption = Minutes of the rembug of { $area }
rembug-pdf-failed = Sorry, the PDF minutes could not be made. The result is kept; LPMK members can already see it.

## RW list: combining lines by hand (gabung).
rembug-merge-hint = Proposals of different RTs that are really one activity can be combined: type GABUNG.
rembug-merge-aliases = gabung, merge, combine
rembug-merge-raised = A proposal raised at this rembug cannot be combined; only proposals from the RT rembug lists can.
rembug-merge-rw-only = Combining proposals is only for the RW rembug list.
rembug-merge-prompt = Which proposal numbers should become one? Type two numbers or more, for example 2 5. Type BACK to go back to the list.
rembug-merge-cancel-aliases = back, kembali
# $count (Number) - lines on the list
rembug-merge-invalid = Please type two numbers or more from the list (1 to { $count }), for example 2 5.
# $tickets (String) - combined tickets, $number (Number) - its new number
rembug-merge-done = Proposals { $tickets } are now one, number { $number }. Where they came from (RT, rank, supporters) is kept. Please pick the order again from the new list.
# $tickets (String)
rembug-candidate-merged = combining { $tickets }
