## Supporting a proposal: the duplicate hint after an aspiration, and "Dukung usulan" from the menu.

menu-dukung = Support a residents' proposal
menu-dukung-aliases = { "" }
# $count (Number) - other residents who raised a similar proposal, $title (String) - its title, $ticket (String) - this resident's ticket
dukung-hint =
    A similar proposal has already been raised by { $count } residents in your RW:
    "{ $title }"
    Is your aspiration ({ $ticket }) the same? If so, it is merged and you are counted as a supporter.
# $ticket (String) - this resident's ticket
dukung-hint-later = If it is the same, type /dukung { $ticket } to join as a supporter.
dukung-join-yes = Yes, the same — I support it
dukung-join-yes-aliases = yes
dukung-join-no = No, mine is different
dukung-join-no-aliases = no
# $supporters (Number) - supporters now
dukung-joined = Thank you. Your aspiration has been merged, and the proposal now has { $supporters } supporters.
dukung-kept-separate = All right, your aspiration stays a proposal of its own.
dukung-join-gone = That proposal can no longer be merged. Your aspiration remains recorded.
# $rw (String) - RW number
dukung-list-prompt = Proposals from residents of RW { $rw } you can support. Choose one:
# $title (String), $supporters (Number)
dukung-option = { $title } ({ $supporters } residents)
dukung-back = Back to the menu
dukung-back-aliases = { "" }
dukung-none = There are no other proposals in your RW to support at the moment.
# $title (String), $supporters (Number) - supporters now
dukung-added = Thank you. You are now a supporter of "{ $title }", which has { $supporters } supporters.
dukung-already = You are already a supporter of this proposal.
dukung-unavailable = Sorry, supporting proposals is not available at the moment.
# $rw (String) - RW number; stands in for the place when a proposal names no neutral location
dukung-place-rw = RW { $rw }
