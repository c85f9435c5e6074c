/**
 * How an aspiration's place is written: the text residents typed, else the pin. The coordinate format is shared with
 * the recap and exports (src/aggregator/map-link.ts), so a pin reads the same in chat, on paper and in a file.
 */

export interface Located {
  locationText: string | null;
  lat: number | null;
  lon: number | null;
}

/** 5 decimals is about 1 m: enough to find a drain, no false precision. */
export const COORDINATE_DECIMALS = 5;

/** One coordinate as written everywhere: "-6.17539". */
export function coordinate(n: number): string {
  return n.toFixed(COORDINATE_DECIMALS);
}

/** A pin as one pair: "-6.17539, 106.82715". */
export function coordinates(lat: number, lon: number): string {
  return `${coordinate(lat)}, ${coordinate(lon)}`;
}

/** The location as one line for residents; a pin is worded by locale key `aspirasi-location-pin`. */
export function locationLabel(d: Located, t: (key: string, args: Record<string, string>) => string): string {
  if (d.locationText) return d.locationText;
  if (d.lat !== null && d.lon !== null) return t("aspirasi-location-pin", { lat: coordinate(d.lat), lon: coordinate(d.lon) });
  return "-";
}
