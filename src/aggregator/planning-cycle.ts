/** Which Musrenbang Kelurahan a Daftar Panjang Usulan is for, named in the title rows of the export. */

/**
 * The year of the Musrenbang Kelurahan the list goes to. Musrenbang Kelurahan is held in January-March, so a list
 * made from April on is for next year's. `override` wins (tests, or a kelurahan with another calendar).
 * @example musrenbangYear(Date.UTC(2026, 10, 25)) // 2027
 */
export function musrenbangYear(at: number, override?: number): number {
  if (override !== undefined) return override;
  const d = new Date(at);
  return d.getMonth() >= 3 ? d.getFullYear() + 1 : d.getFullYear();
}
