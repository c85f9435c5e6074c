## Dashboard: words shared by the pages Klaster, Unduh, Siaran, Peran & audit and Antrian.
dasbor-halaman-label = Pages
dasbor-halaman-prev = ‹ Previous
dasbor-halaman-next = Next ›
# $page, $pages, $total (Number)
dasbor-halaman-status = Page { $page } of { $pages } ({ $total } rows)
