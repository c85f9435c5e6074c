/** A pin reads the same for residents (/status, the summary) as in the recap and the exports. */
import { describe, expect, it } from "vitest";
import { locationLabel as residentLabel } from "../../src/core/location-label.js";
import { locationLabel as recapLabel, locationLines, osmLink } from "../../src/aggregator/map-link.js";
import { DEFAULT_LOCALES_DIR, loadI18n } from "../../src/i18n/fluent.js";

const { t } = loadI18n(DEFAULT_LOCALES_DIR);
const pin = { lat: -6.175392, lon: 106.8271528 };

describe("location labels", () => {
  it("write a pin's coordinates alike for residents, in the recap, on paper and in the map link", () => {
    const resident = residentLabel({ locationText: null, ...pin }, (k, a) => t("id", k, a));
    expect(resident).toBe("Titik lokasi -6.17539, 106.82715");
    expect(recapLabel(t, "id", { text: null, ...pin })).toContain("-6.17539, 106.82715");
    expect(locationLines(t, "id", { text: "Gang Mawar", ...pin })[1]).toContain("-6.17539, 106.82715");
    expect(osmLink(pin.lat, pin.lon)).toBe("https://www.openstreetmap.org/?mlat=-6.17539&mlon=106.82715#map=18/-6.17539/106.82715");
  });

  it("prefer the typed place for residents", () => {
    expect(residentLabel({ locationText: "Gang Mawar", ...pin }, (k, a) => t("id", k, a))).toBe("Gang Mawar");
    expect(residentLabel({ locationText: null, lat: null, lon: null }, (k, a) => t("id", k, a))).toBe("-");
  });
});
