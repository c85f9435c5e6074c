/**
 * The dashboard's pages as the nav bar lists them, in order. A page module registers the routes under its `path`;
 * `who` says who sees the link (the route itself must check too: see docs/dashboard.md).
 * Page 3 (detail of one proposal) and page 5 (bulk actions) live under Usulan: the nav marks Usulan for them.
 */
import type { DashUser } from "./user.js";

export type NavId = "ringkasan" | "usulan" | "klaster" | "unduh" | "siaran" | "peran" | "antrian";

export interface NavEntry {
  id: NavId;
  path: string;
  /** Fluent key of the link text. */
  label: string;
  who: "all" | "lpmk" | "admin";
}

export const DASHBOARD_PREFIX = "/dasbor";

export const NAV: readonly NavEntry[] = [
  { id: "ringkasan", path: "/dasbor", label: "dasbor-nav-ringkasan", who: "all" },
  { id: "usulan", path: "/dasbor/usulan", label: "dasbor-nav-usulan", who: "all" },
  { id: "klaster", path: "/dasbor/klaster", label: "dasbor-nav-klaster", who: "all" },
  { id: "unduh", path: "/dasbor/unduh", label: "dasbor-nav-unduh", who: "all" },
  { id: "siaran", path: "/dasbor/siaran", label: "dasbor-nav-siaran", who: "all" },
  { id: "peran", path: "/dasbor/peran", label: "dasbor-nav-peran", who: "lpmk" },
  { id: "antrian", path: "/dasbor/antrian", label: "dasbor-nav-antrian", who: "admin" },
];

export function navVisible(e: NavEntry, u: DashUser): boolean {
  return e.who === "all" || (e.who === "lpmk" && u.isLpmk) || (e.who === "admin" && u.isAdmin);
}
