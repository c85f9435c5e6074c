/**
 * A location pin as text: rounded coordinates and an OpenStreetMap link, for the exports and the chat recap. The
 * coordinates are written as residents see them (src/core/location-label.ts).
 */
import type { Lang } from "../core/domain.js";
import { coordinate, coordinates } from "../core/location-label.js";
import type { Translate } from "../i18n/fluent.js";

export { coordinates };

/** The pin on openstreetmap.org, zoomed to street level, with a marker. */
export function osmLink(lat: number, lon: number): string {
  const la = coordinate(lat);
  const lo = coordinate(lon);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=18/${la}/${lo}`;
}

export interface PlaceLike {
  text: string | null;
  lat: number | null;
  lon: number | null;
}

/**
 * The same for a printed sheet, one part per line: the typed place, the coordinates, the map link. On paper a
 * coordinate must not be split across lines (a minus sign left at a line's end reads as a positive number).
 */
export function locationLines(t: Translate, lang: Lang, p: PlaceLike): string[] {
  const text = p.text?.trim() ?? "";
  if (p.lat === null || p.lon === null) return text ? [text] : [];
  return [...(text ? [text] : []), t(lang, "rekap-lokasi-coords", { coords: coordinates(p.lat, p.lon) }), osmLink(p.lat, p.lon)];
}

/**
 * What the Lokasi column shows: the typed place, the pin's coordinates and map link, or both; "" when neither.
 * @example locationLabel(t, "id", { text: null, lat: -6.2, lon: 106.8 }) // "Titik -6.20000, 106.80000 (peta: https://...)"
 */
export function locationLabel(t: Translate, lang: Lang, p: PlaceLike): string {
  const text = p.text?.trim() ?? "";
  if (p.lat === null || p.lon === null) return text;
  const args = { coords: coordinates(p.lat, p.lon), url: osmLink(p.lat, p.lon) };
  return text ? t(lang, "rekap-lokasi-with-pin", { place: text, ...args }) : t(lang, "rekap-lokasi-pin-only", args);
}
