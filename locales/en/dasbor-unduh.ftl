## Dashboard page 6: Unduh (downloads).
dasbor-unduh-title = Downloads
dasbor-unduh-long-title = Daftar Panjang Usulan (long list of proposals)
dasbor-unduh-long-hint = One sheet per RW, ready to print (XLSX) or to work with (CSV). Confidential aspirations are never on this list.
dasbor-unduh-all-rw = Every RW
dasbor-unduh-musrenbang-title = Musrenbang Kelurahan
dasbor-unduh-rejected = Daftar Usulan Tidak Disepakati (proposals not agreed)
dasbor-unduh-with-rahasia = XLSX with the confidential sheet (admins)
dasbor-unduh-ba-kelurahan = Berita acara of the Musrenbang Kelurahan
dasbor-unduh-rembug-title = Rembug berita acara and attendance
dasbor-unduh-rembug-none = No rembug has been confirmed in your area yet.
dasbor-unduh-col-area = Rembug
dasbor-unduh-col-confirmed = Confirmed
dasbor-unduh-col-ba = Berita acara
dasbor-unduh-col-attendance = Attendance
dasbor-unduh-attendance-photo = Photo of the attendance sheet
dasbor-unduh-attendance-none = No attendance photo
dasbor-unduh-attendance-hint = Attendance here is the photo of the sheet the head sent when confirming the rembug. The attendance lists of meeting invitations are in the next section.
dasbor-unduh-undangan-title = Attendance lists of meeting invitations
dasbor-unduh-undangan-hint = For signatures at the meeting: the residents who answered Attending or Maybe, then blank rows for those who come without answering.
dasbor-unduh-undangan-none = No meeting invitation in your area yet.
dasbor-unduh-col-meeting = Invitation
dasbor-unduh-col-meeting-at = Meeting time
dasbor-unduh-col-answers = Attending / Maybe
# $shown (Number), $total (Number)
dasbor-unduh-undangan-more = Showing the { $shown } newest invitations of { $total }; full reports on the Broadcasts page.
dasbor-unduh-undangan-not-found = This meeting invitation was not found.
