/** Where the dashboard is reached: WEB_BASE_URL, or the address the server listens on. */
import type { Config } from "../../config.js";

export function dashboardBaseUrl(config: Pick<Config, "WEB_BASE_URL" | "WEB_HOST" | "WEB_PORT">): string {
  const base = config.WEB_BASE_URL ?? `http://${config.WEB_HOST.includes(":") ? `[${config.WEB_HOST}]` : config.WEB_HOST}:${config.WEB_PORT}`;
  return base.replace(/\/+$/, "");
}

/** Cookies are `Secure` when the dashboard is reached over https. */
export const secureCookies = (baseUrl: string): boolean => baseUrl.startsWith("https://");

/** The sign-in page a /dasbor link opens. */
export const signInUrl = (baseUrl: string, token: string): string => `${baseUrl}/dasbor/masuk?t=${encodeURIComponent(token)}`;
