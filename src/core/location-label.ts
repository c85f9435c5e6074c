/** How an aspiration's place is written back to residents: the text they typed, else the pin, else "-". */

export interface Located {
  locationText: string | null;
  lat: number | null;
  lon: number | null;
}

/** The location as one line; a pin is worded by locale key `aspirasi-location-pin` (5 decimals, about a metre). */
export function locationLabel(d: Located, t: (key: string, args: Record<string, string>) => string): string {
  if (d.locationText) return d.locationText;
  if (d.lat !== null && d.lon !== null) return t("aspirasi-location-pin", { lat: d.lat.toFixed(5), lon: d.lon.toFixed(5) });
  return "-";
}
