## Status of aspirations.

status-diterima = Received
status-dibahas-rembug-rt = Discussed at the RT meeting
status-masuk-prioritas = Prioritised
status-belum-diprioritaskan = Not prioritised yet
status-diusulkan-musrenbang = Proposed to the Musrenbang
status-disetujui = Approved
status-ditolak = Rejected
status-dikerjakan = In progress
status-selesai = Done
# $status (String), $reason (String)
status-with-reason = { $status } ({ $reason })
status-none = You have not sent any aspiration yet. Choose "Send an aspiration" in the menu to begin.
# $count (Number)
status-list-header = Your aspirations ({ $count }):
# $ticket, $title, $category, $status (String), $date (Date)
status-line = *{ $ticket }* · { $title }
    { $category } · { $status } · { DATETIME($date, day: "numeric", month: "short", year: "numeric") }
status-list-footer = Type /status followed by the ticket number to see the details, for example /status ASP-7K3Q.
# $ticket (String)
status-not-found = Ticket { $ticket } is not among your aspirations. Please check the number, or type /status to see the list.
# $ticket, $category, $tridaya, $description, $location, $rw, $rt, $photo, $status (String), $date (Date)
status-detail = *{ $ticket }*
    Field: { $category } ({ $tridaya })
    Description: { $description }
    Location: { $location }
    Area: RT { $rt } / RW { $rw }
    Photo: { $photo }
    Sent: { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
    Status: *{ $status }*
