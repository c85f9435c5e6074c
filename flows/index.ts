/** The flow set: every conversation and command the bot knows. A new flow or command is added to these lists. */
import type { EngineDefinition } from "../src/engine/engine.js";
import { aspirasi } from "./aspirasi.js";
import { dasbor } from "./dasbor.js";
import { dukung } from "./dukung.js";
import { gabung } from "./gabung.js";
import { hapusData } from "./hapus-data.js";
import { kode } from "./kode.js";
import { menu } from "./menu.js";
import { peran } from "./peran.js";
import { pisah } from "./pisah.js";
import { pokmas } from "./pokmas.js";
import { profil } from "./profil.js";
import { rekap } from "./rekap.js";
import { rsvp } from "./rsvp.js";
import { siaran } from "./siaran.js";
import { umumkan } from "./umumkan.js";
import { rembug } from "./rembug.js";
import { registrasi } from "./registrasi.js";
import { siklus } from "./siklus.js";
import { status } from "./status.js";
import { statusWaCommand } from "./status-wa.js";
import { tautkan } from "./tautkan.js";
import { undang } from "./undang.js";
import { beres, usulan } from "./usulan.js";

/**
 * `/usulan` is the LPMK's follow-up command (flows/usulan.ts); a resident typing it still starts an aspiration,
 * since that flow hands non-LPMK speakers on to aspirasi.
 */
const aspirasiFlow = { ...aspirasi, commands: (aspirasi.commands ?? []).filter((w) => w !== "usulan") };

export const flowSet: EngineDefinition = {
  flows: [menu, registrasi, aspirasiFlow, profil, hapusData, tautkan, dukung, rekap, kode, peran, siklus, usulan, beres, umumkan, rsvp, rembug, gabung, pisah],
  commands: [status, statusWaCommand, undang, pokmas, siaran, dasbor],
};
