## Recap for the LPMK (/rekap) and the Daftar Panjang Usulan export.

# $rw (String) - two-digit RW number, $date (Date) - time of the recap
rekap-title-rw = *Aspiration recap RW { $rw }* as of { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
# $date (Date) - time of the recap
rekap-title-all = *Aspiration recap, all RWs* as of { DATETIME($date, day: "numeric", month: "long", year: "numeric") }
# $aspirations (Number) - aspirations received, $clusters (Number) - proposals after merging, $waiting (Number) - waiting for a rembug
rekap-totals =
    Aspirations received: { $aspirations } ({ $clusters } proposals after merging similar ones)
    Waiting to be discussed at a rembug: { $waiting }
# $count (Number) - aspirations not yet processed
rekap-pending = Still being processed: { $count } aspirations (they will appear shortly).
rekap-by-category = By field:
# $category (String), $count (Number)
rekap-category-line = • { $category }: { $count }
rekap-top = Proposals with the most supporters:
# $n (Number) - rank, $title (String) - proposal title, $supporters (Number), $ticket (String), $rw (String)
rekap-top-line = { $n }. { $title } — { $supporters } residents ({ $ticket })
rekap-top-line-rw = { $n }. RW { $rw }: { $title } — { $supporters } residents ({ $ticket })
rekap-per-rw = By RW:
# $rw (String), $aspirations (Number), $clusters (Number), $waiting (Number)
rekap-rw-line = • RW { $rw }: { $aspirations } aspirations, { $clusters } proposals, { $waiting } waiting for a rembug
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
