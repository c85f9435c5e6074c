## Recap for the LPMK (/rekap) and the Daftar Panjang Usulan export.

# $rw (String) - two-digit RW number, $date (Date) - time of the recap
rekap-title-rw = *Aspiration recap RW { $rw }* as of { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
# $date (Date) - time of the recap
rekap-title-all = *Aspiration recap, all RWs* as of { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
# Each count says what it counts: aspirations (what residents sent) or proposals (similar aspirations merged).
# $aspirations (Number), $clusters (Number) - proposals after merging,
# $waiting (Number) - aspirations waiting for a rembug, $waitingClusters (Number) - proposals holding them
rekap-totals =
    Aspirations received: { $aspirations } aspirations from residents
    After merging similar aspirations: { $clusters } proposals
    Waiting to be discussed at a rembug: { $waiting } aspirations (in { $waitingClusters } proposals)
# $count (Number) - aspirations not yet processed
rekap-pending = Still being processed: { $count } aspirations (they will appear shortly).
rekap-by-category = By field (number of aspirations):
# $category (String), $count (Number) - aspirations
rekap-category-line = • { $category }: { $count } aspirations
rekap-top = Proposals with the most supporters:
# $n (Number) - rank, $title (String) - proposal title, $supporters (Number), $ticket (String), $rw (String)
rekap-top-line = { $n }. { $title } — { $supporters } supporters ({ $ticket })
rekap-top-line-rw = { $n }. RW { $rw }: { $title } — { $supporters } supporters ({ $ticket })
# Under a top proposal that names a place or has a pin. $location (String) - place, coordinates and map link
rekap-top-location = {"   "}Location: { $location }
rekap-per-rw = By RW:
# $rw (String), $aspirations (Number), $clusters (Number) - proposals, $waiting (Number) - aspirations waiting
rekap-rw-line = • RW { $rw }: { $aspirations } aspirations → { $clusters } proposals; { $waiting } aspirations waiting for a rembug
rekap-empty = No aspirations have been received yet.
# $rw (String) - the RW number typed
rekap-unknown-rw = RW { $rw } is not registered in this kelurahan.
rekap-file-prompt = Do you need the file? Choose a format:
rekap-file-xlsx = Send an Excel file (.xlsx)
rekap-file-xlsx-aliases = excel, xlsx
rekap-file-csv = Send a CSV file
rekap-file-csv-aliases = csv
rekap-file-md = Send a text table (.md)
rekap-file-md-aliases = md
rekap-file-none = No, thank you
rekap-file-none-aliases = no
rekap-file-coming = The Daftar Panjang Usulan file is being prepared and will be sent shortly.
# $rw (String) - "all RWs" or "RW 03"
rekap-file-caption = Daftar Panjang Usulan { $rw }
rekap-file-all-rw = all RWs
# $rw (String) - RW number, two digits
rekap-file-one-rw = RW { $rw }
rekap-file-failed = Sorry, the recap file could not be created. Please try again later or contact the administrator.
rekap-unavailable = Sorry, the recap is not available at the moment.

## Column headers of the Daftar Panjang Usulan (export files).
rekap-col-no = Priority no.
rekap-col-usulan = Proposal
rekap-col-lokasi = Location
rekap-col-rt = RT
rekap-col-rw = RW
rekap-col-kategori = Category
rekap-col-bidang = Field (Tridaya)
rekap-col-pendukung = Supporters
rekap-col-sumber-dana = Funding source
rekap-col-volume = Volume
rekap-col-satuan = Unit
rekap-col-biaya = Estimated cost
rekap-col-swadaya = Self-help potential
rekap-col-tiket = Source tickets
# $rw (String) - two-digit RW number
rekap-sheet-name = RW { $rw }
# $rw (String), $kelurahan (String)
rekap-doc-title = Daftar Panjang Usulan RW { $rw } — Kelurahan { $kelurahan }
# $year (String) - year of the Musrenbang Kelurahan
rekap-doc-cycle = Planning cycle: Musrenbang Kelurahan { $year }
# $date (Date) - when the file was made
rekap-doc-created = Made: { DATETIME($date, day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit") }
rekap-doc-empty = No proposals from this RW yet.
# Footer of every printed page; each RW's pages count from 1. $rw (String) - two-digit RW, $page (String) - filled in by the spreadsheet program
rekap-print-footer = Daftar Panjang Usulan RW { $rw } · Page { $page }
# The Lokasi column and the recap's location line when a pin was sent.
# $place (String) - the place typed, $coords (String) - "latitude, longitude", $url (String) - OpenStreetMap link
rekap-lokasi-with-pin = { $place } (pin { $coords }, map: { $url })
# $coords (String), $url (String)
rekap-lokasi-pin-only = Pin { $coords } (map: { $url })

# $coords (String) - "latitude, longitude", on its own line in the printable sheet
rekap-lokasi-coords = Pin { $coords }

## Admin command line (npm run admin -- rekap).
# $file (String) - full path of the file, $rws (Number) - RWs, $rows (Number) - proposals
rekap-admin-written = Daftar Panjang Usulan ({ $rws } RWs, { $rows } proposals) saved to { $file }
