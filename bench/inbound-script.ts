/** The script of one simulated resident in the inbound benchmarks: registration, one aspiration with a text location and no photo, then /status. */
export function script(i: number): string[] {
  return [
    "halo",
    "1",
    `Warga Nomor ${i}`,
    "1",
    String(1 + (i % 4)),
    "1",
    // Every category but keamanan (10), whose Kirim is followed by the rahasia offer: one more question, which would
    // give these residents a different script from the calibrated one.
    String([1, 2, 3, 4, 5, 6, 7, 8, 9, 11][i % 10]),
    "Saluran air di depan rumah kami tersumbat sampah dan meluap saat hujan",
    `Gang Mawar nomor ${i}`,
    "1",
    "1",
    "/status",
  ];
}
