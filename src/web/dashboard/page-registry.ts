/**
 * Every page module of the dashboard, in nav order. A page module exports `registerXxxRoutes(app, deps)` and is
 * listed here once; its routes then run behind the sign-in check and CSRF protection (docs/dashboard.md).
 */
import type { FastifyInstance } from "fastify";
import type { DashboardDeps } from "./deps.js";
import { registerBulkRoutes } from "../pages/bulk.js";
import { registerDetailRoutes } from "../pages/detail.js";
import { registerRingkasanRoutes } from "../pages/ringkasan.js";
import { registerUsulanRoutes } from "../pages/usulan.js";
import { registerKlasterRoutes } from "../pages/klaster.js";
import { registerUnduhRoutes } from "../pages/unduh.js";
import { registerSiaranRoutes } from "../pages/siaran.js";
import { registerPeranRoutes } from "../pages/peran.js";
import { registerAntrianRoutes } from "../pages/antrian.js";

export type RegisterPage = (app: FastifyInstance, deps: DashboardDeps) => void | Promise<void>;

export const PAGE_MODULES: RegisterPage[] = [
  registerRingkasanRoutes,
  registerUsulanRoutes,
  registerDetailRoutes,
  registerBulkRoutes,
  registerKlasterRoutes,
  registerUnduhRoutes,
  registerSiaranRoutes,
  registerPeranRoutes,
  registerAntrianRoutes,
];
