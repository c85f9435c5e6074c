/** Volume with its unit as a head types it: "150 m", "150m", "2 unit", "30 m2", "30 m²", "1,5 km", "1.200 m". */

export interface Volume {
  volume: number;
  unit: string;
}

/**
 * @example
 * parseVolume("30 m2"); // { volume: 30, unit: "m2" }
 * parseVolume("banyak"); // null
 */
export function parseVolume(text: string): Volume | null {
  const t = text.trim().toLowerCase().replace(/²/g, "2").replace(/³/g, "3");
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,3}))?\s*([a-z][a-z0-9]{0,11})$/.exec(t);
  if (!m) return null;
  const value = Number(`${m[1]!.replace(/\./g, "")}${m[2] ? `.${m[2]}` : ""}`);
  if (!Number.isFinite(value) || value <= 0 || value > 1e9) return null;
  return { volume: value, unit: m[3]! };
}

/** "150 m", "1,5 km" (Indonesian decimal comma). */
export function formatVolume(v: Volume): string {
  return `${v.volume.toLocaleString("id-ID", { maximumFractionDigits: 3 })} ${v.unit}`;
}

/** "Rp25.000.000": how a rembug record writes an amount. */
export function formatRupiahTight(rupiah: number): string {
  return `Rp${Math.trunc(rupiah).toLocaleString("id-ID")}`;
}
