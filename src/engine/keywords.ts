/** Words that work anywhere, with or without "/": they are never taken as an answer to the current question. */
import { foldForMatch } from "./text.js";

export type GlobalKeyword = "cancel" | "menu" | "help" | "lang" | "optout" | "optin" | "delete" | "start";

const WORDS: Record<string, GlobalKeyword> = {
  batal: "cancel",
  batalkan: "cancel",
  cancel: "cancel",
  menu: "menu",
  bantuan: "help",
  help: "help",
  tolong: "help",
  bahasa: "lang",
  language: "lang",
  berhenti: "optout",
  stop: "optout",
  mulai: "optin",
  "hapus data": "delete",
  hapusdata: "delete",
  hapus_data: "delete",
  "hapus-data": "delete",
  "delete my data": "delete",
  start: "start",
};

export interface ParsedCommand {
  /** Lowercase command word without the slash (and without a @BotName suffix). */
  word: string;
  arg: string | undefined;
  slashed: boolean;
}

/** Split "/status ASP-7K3Q" or "status ASP-7K3Q" into word and argument. */
export function parseCommand(text: string): ParsedCommand | null {
  const m = /^(\/)?([\p{L}_][\p{L}\p{N}_-]*)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!m) return null;
  return { slashed: m[1] === "/", word: m[2]!.toLowerCase(), arg: m[3]?.trim() || undefined };
}

/** The global keyword this whole message is, if any ("Batal", "/batal", "hapus data", "BAHASA!"). */
export function globalKeyword(text: string): GlobalKeyword | null {
  const t = text.trim();
  if (t.length > 40) return null;
  const folded = foldForMatch(t.replace(/^\//, "").replace(/@\w+$/, "").replace(/_/g, " "));
  return WORDS[folded] ?? WORDS[folded.replace(/\s+/g, "")] ?? null;
}
