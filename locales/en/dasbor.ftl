# The LPMK web dashboard (issue 13): /dasbor in the chat, the sign-in page, the frame and the core pages.

## Chat: /dasbor
dasbor-chat-link = Sign-in link to the LPMK dashboard (valid for { $minutes } minutes, usable once):
    { $url }
    Please do not forward this link. To sign out on every device, send /dasbor keluar.
dasbor-chat-signed-out = { $count ->
    [0] No dashboard session was open.
    [one] 1 dashboard session has been ended. You need a new link (/dasbor) to sign in again.
    *[other] { $count } dashboard sessions have been ended. You need a new link (/dasbor) to sign in again.
  }
dasbor-chat-usage = Send /dasbor for a sign-in link, or /dasbor keluar to end every dashboard session.
dasbor-signout-aliases = keluar, logout, sign out, signout

## Frame
dasbor-brand = LPMK dashboard { $kelurahan }
dasbor-nav-label = Dashboard menu
dasbor-nav-ringkasan = Overview
dasbor-nav-usulan = Proposals
dasbor-nav-klaster = Clusters
dasbor-nav-unduh = Downloads
dasbor-nav-siaran = Broadcasts
dasbor-nav-peran = Roles & audit
dasbor-nav-antrian = Queues
dasbor-signout = Sign out
dasbor-lang-id = Bahasa Indonesia
dasbor-lang-en = English
dasbor-back-home = Back to the overview

## Signing in
dasbor-signin-title = Sign in to the dashboard
dasbor-signin-confirm = This link is still valid. Press the button below to sign in.
dasbor-signin-button = Sign in
dasbor-signin-unknown = This sign-in link is not known.
dasbor-signin-used = This sign-in link has already been used. Each link works only once.
dasbor-signin-expired = This sign-in link has expired.
dasbor-signin-how = To sign in, send /dasbor to the Rembug bot on Telegram, WhatsApp or the console. The bot answers with a link that is valid for 10 minutes and works once. The dashboard is open to LPMK members, admins and RW heads.
dasbor-signin-how-link = How to sign in
dasbor-signin-needed-title = Sign-in needed
dasbor-signin-needed = The session has ended or was never started. Please sign in again with /dasbor in the chat.
dasbor-signed-out-title = Signed out
dasbor-signed-out = You have signed out of the dashboard on this device.

## Refusals and errors
dasbor-denied-title = Access denied
dasbor-denied-role = The dashboard is for LPMK members, admins and RW heads only. Your roles do not include it.
dasbor-denied-scope = This page is outside your area or role. An RW head sees only their own RW; rahasia proposals are for LPMK admins only.
dasbor-csrf-title = Form expired
dasbor-csrf = This form could not be accepted (its security token is missing or expired). Please reload the page and try again.
dasbor-rate-title = Too many attempts
dasbor-rate = Too many sign-in attempts from this address. Please wait a minute and try again.
dasbor-bad-request-title = Request not understood
dasbor-bad-request = This request could not be processed. Please go back and try again.
dasbor-error-title = Something went wrong
dasbor-error = Sorry, this page failed to load. Please try again shortly.

## Common words
dasbor-rw = RW { $rw }
dasbor-rt = RT { $rt }
dasbor-col-rw = RW
dasbor-col-aspirations = Aspirations

dasbor-col-rt = RT
dasbor-col-area = Area
dasbor-col-ticket = Ticket
dasbor-col-category = Category
dasbor-col-tridaya = Tridaya
dasbor-col-description = Description
dasbor-col-status = Status
dasbor-col-supporters = Supporters
dasbor-col-source = Source
dasbor-col-date = Date
dasbor-col-cycle = Cycle
dasbor-col-clusters = Clusters
dasbor-col-proposals = Proposals
dasbor-col-rembug-rt = Rembug RT done
dasbor-of = { $done } of { $total }
dasbor-total = Total
dasbor-rahasia = Rahasia
dasbor-source-warga = Resident
dasbor-source-rembug = Rembug
dasbor-source-lanjutan = Carried over
dasbor-member-own = Original
dasbor-member-auto = Joined automatically
dasbor-member-merged = Merged by the LPMK
dasbor-cycle-none = No cycle

## Page 1: Ringkasan
dasbor-ringkasan-title = Overview
dasbor-ringkasan-per-rw = Per RW
dasbor-chart-rw = Aspirations per RW
dasbor-chart-status = Proposals per status
dasbor-cycle-title = Open cycle
dasbor-cycle-none-open = No planning cycle is open yet. An LPMK admin opens one with /siklus buka in the chat.
dasbor-cycle-opened = Opened { $date }
dasbor-cycle-aspirations = { $count } aspirations in this cycle
dasbor-cycle-rt = Rembug RT confirmed
dasbor-cycle-rw = Rembug RW confirmed

## Page 2: Usulan
dasbor-usulan-title = Proposals
dasbor-usulan-caption = { $total } proposals match the filter
dasbor-usulan-empty = No proposal matches this filter.
dasbor-usulan-members = (merges { $count } aspirations)
dasbor-filter-q = Search
dasbor-filter-q-hint = keywords or a ticket number
dasbor-filter-any = All
dasbor-filter-all = Show every aspiration (not one per cluster)
dasbor-filter-apply = Filter
dasbor-filter-reset = Clear filter
dasbor-filter-ignored = Some filter values were not recognised and were ignored: { $fields }.
dasbor-search-unsearchable = The search words are too common (for example only "yang", "di"). Please use more specific words, such as "got mampet" or "Jalan Mawar".
dasbor-pager-label = Pages
dasbor-pager-prev = ← Previous
dasbor-pager-next = Next →
dasbor-pager-status = Page { $page } of { $pages } · { $total } proposals

## Page 3: Detail
dasbor-detail-title = Proposal { $ticket }
dasbor-detail-unknown-title = Proposal not found
dasbor-detail-unknown = This ticket number is not known. Please check it in the list of proposals.
dasbor-detail-place = Place (as the resident wrote it)
dasbor-detail-pin = Location pin
dasbor-detail-map = open the map
dasbor-detail-no-pin = No location pin
dasbor-detail-reporter = Reported by
dasbor-detail-photo = Photo
dasbor-detail-photo-alt = Photo sent by a resident for proposal { $ticket }
dasbor-detail-history = Status history
dasbor-detail-no-history = No status change yet.
dasbor-detail-ranks = Ranks on priority lists
dasbor-detail-no-ranks = Not yet on a confirmed rembug priority list.
dasbor-detail-cluster = Cluster members
dasbor-detail-no-cluster = This proposal is not part of a cluster.
dasbor-detail-member-state = How it joined
dasbor-detail-representative = representative

## Page 5: Aksi massal
dasbor-bulk-title = Move proposals
dasbor-bulk-legend = Action for the ticked proposals
dasbor-bulk-select = Select
dasbor-bulk-to = Move to
dasbor-bulk-pick = Pick a status
dasbor-bulk-channel = Funding channel (for Approved)
dasbor-bulk-reason = Reason (for Rejected)
dasbor-bulk-reason-text = Other reason
dasbor-bulk-force = Force (ignore the status order; admins only, recorded in the audit log)
dasbor-bulk-next = Continue
dasbor-bulk-hint = You will see a summary before any status moves. The residents behind each proposal are told.
dasbor-bulk-none-selected = No proposal is ticked yet.
dasbor-bulk-bad-selection = This selection cannot be processed. Please go back to the list and try again.
dasbor-bulk-pick-status = Please pick the status to move to.
dasbor-bulk-summary = { $count } proposals will move to «{ $status }».{ $refused ->
    [0] {""}
   *[other] {" "}{ $refused } proposals cannot be moved (see below).
  }
dasbor-bulk-refused = Cannot be moved ({ $count })
dasbor-bulk-nothing = None of the selected proposals can move to that status.
dasbor-bulk-confirm = Yes, move { $count } proposals to «{ $status }»
dasbor-bulk-cancel = Cancel
dasbor-bulk-back = Back to the proposals
dasbor-bulk-changed = Nothing was moved: some proposals changed since the summary was shown.
dasbor-bulk-done = { $count } proposals moved to «{ $status }». Their residents are being told.
