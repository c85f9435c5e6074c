/** The flow set: every conversation and command the bot knows. A new flow or command is added to these lists. */
import type { EngineDefinition } from "../src/engine/engine.js";
import { aspirasi } from "./aspirasi.js";
import { dukung } from "./dukung.js";
import { hapusData } from "./hapus-data.js";
import { menu } from "./menu.js";
import { profil } from "./profil.js";
import { rekap } from "./rekap.js";
import { rembug } from "./rembug.js";
import { registrasi } from "./registrasi.js";
import { status } from "./status.js";
import { statusWaCommand } from "./status-wa.js";
import { tautkan } from "./tautkan.js";

export const flowSet: EngineDefinition = {
  flows: [menu, registrasi, aspirasi, profil, hapusData, tautkan, dukung, rekap, rembug],
  commands: [status, statusWaCommand],
};
