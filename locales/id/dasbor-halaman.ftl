## Dashboard: words shared by the pages Klaster, Unduh, Siaran, Peran & audit and Antrian.
dasbor-halaman-label = Halaman
dasbor-halaman-prev = ‹ Sebelumnya
dasbor-halaman-next = Berikutnya ›
# $page, $pages, $total (Number)
dasbor-halaman-status = Halaman { $page } dari { $pages } ({ $total } baris)
