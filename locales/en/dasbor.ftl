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

## Page 1: Ringkasan
dasbor-ringkasan-title = Overview
