/** Flow engine types: sessions, flow and step definitions, transitions and effects. */
import type { AspirationDraft, AspirationView, Lang, Resident, ResidentPatch, Wilayah } from "../core/domain.js";
import type { RoleGrant } from "../core/roles.js";
import type { ChannelName, InboundContent, OutboundMessage, ReplyOption } from "../core/messages.js";
import type { TArgs, Translate } from "../i18n/fluent.js";
import type { FlowData } from "./flow-data.js";

/** Persisted per resident. `v` is the record schema; `flowVersion` the definition version it was started with. */
export interface SessionState {
  v: 1;
  flow: string;
  flowVersion: number;
  step: string;
  data: Record<string, unknown>;
  /** After the current step, jump back here (used by "Ubah" on a summary). */
  returnTo?: string;
  /** The flow this one interrupted (e.g. "hapus data" typed in the middle of an aspiration); `resume` returns to it. */
  interrupted?: Omit<SessionState, "interrupted">;
  startedAt: number;
  updatedAt: number;
}

/**
 * Effects the host executes in the same SQLite transaction as the session change.
 * Other modules add their own effects by declaration merging, as src/aggregator/engine-types.ts does for
 * `recap.export` and flows/tautkan.ts for `identity.link`:
 * `declare module "../engine/types.js" { interface EffectMap { "recap.export": { format: ExportFormat; rw?: number } } }`.
 */
export interface EffectMap {
  "resident.update": { patch: ResidentPatch };
  "resident.delete": { reason?: string };
  "aspiration.create": {
    ticket: string;
    draft: AspirationDraft;
    rw: number;
    rt: number;
    /** Rahasia: seen by the LPMK only (aspirations.confidential). */
    confidential?: boolean;
    /** The proposal the resident chose as the same at the summary step: ingest joins that cluster. */
    preferredClusterId?: number;
    /** The proposals shown at the summary step that the resident said are not the same. */
    declinedClusterIds?: number[];
  };
  audit: { action: string; subject?: string; detail?: unknown };
}
export type Effect = { [K in keyof EffectMap]: { type: K } & EffectMap[K] }[keyof EffectMap];

/** Read-only lookups the engine may make. Implementations must not write. */
export interface EngineReads {
  aspirationsOf(residentId: number): AspirationView[];
  aspirationByTicket(ticket: string): AspirationView | undefined;
  ticketExists(ticket: string): boolean;
}

/** The world as the engine sees it for one input. */
export interface EngineEnv {
  t: Translate;
  wilayah: Wilayah;
  kelurahan: string;
  /** IANA zone in which residents' dates and times are read and shown (TZ_KELURAHAN); default Asia/Jakarta. */
  timeZone?: string;
  sessionTtlMs: number;
  reads: EngineReads;
  now: number;
  /** Random source in [0,1); injectable so tests are deterministic. */
  random: () => number;
  /**
   * Who is speaking: `roles` are the role words flows declare (each role's name, and "lpmk" for admins and LPMK
   * members, see src/core/roles.ts); `grants` the scoped grants behind them, for checks such as "only RT 02 / RW 03".
   */
  actor: { channel: ChannelName; address: string; roles: ReadonlySet<string>; grants?: readonly RoleGrant[] };
}

/** What a step handler sees. */
export interface StepCtx {
  resident: Resident;
  lang: Lang;
  data: Record<string, unknown>;
  env: EngineEnv;
  /** Translate in the resident's language. */
  t(key: string, args?: TArgs): string;
  /** The words residents may type for something, from locale message `key` in every language (see words.ts). */
  words(key: string): string[];
}

/** What a step decides. */
export interface Transition {
  /** Merge into session data. */
  set?: Record<string, unknown>;
  effects?: Effect[];
  /** Replies sent before the next prompt. */
  say?: OutboundMessage[];
  /** Next step in this flow. If the session has a pending `returnTo`, that step is taken instead. */
  goto?: string;
  /** With `goto`: after the target step is answered, come back to this step (editing one field from a summary). */
  returnTo?: string;
  /** Start another flow at its start step. */
  startFlow?: string;
  /** End the flow and go back to the main menu. `showMenu` (default true) also sends the menu. */
  end?: { showMenu?: boolean };
  /**
   * End the flow and go back to the step it interrupted, with that flow's data kept, and ask its question again.
   * Without an interrupted flow this is `end: {}` (menu for registered residents, nothing otherwise).
   */
  resume?: true;
  /** Stay on this step and say why (invalid answer). The prompt is repeated. */
  invalid?: string;
  /**
   * The speaker's grants once this transition's effects are committed (e.g. an invite redeemed): the rest of this
   * turn, such as the menu shown, uses them. The host reads the stored grants again at the next message.
   */
  grants?: readonly RoleGrant[];
}

export interface ChoiceOption extends ReplyOption {
  /** Extra words that select this option (e.g. "ya" for Setuju). */
  aliases?: string[];
}

export interface StepBase {
  /** Prompt text for this step; options of a choice step are appended by the engine. */
  prompt(c: StepCtx): string;
}

/**
 * Step definitions by kind. Each kind's file under `steps/` adds its own entry by declaration merging and
 * registers its parser (see steps/step-kind.ts); a new kind needs no change to the engine.
 */
export interface StepKindMap {}
export type StepDef = StepKindMap[keyof StepKindMap];

export type { ChoiceStep } from "./steps/choice.js";
export type { TextStep } from "./steps/text.js";
export type { LocationStep } from "./steps/location.js";
export type { PhotoStep } from "./steps/photo.js";
export type { OrderedPickStep } from "./steps/ordered-pick.js";
export type { AmountStep } from "./steps/amount.js";
export type { CountStep } from "./steps/count.js";
export type { DateTimeStep } from "./steps/date-time.js";

/** A session of an older flow version, as a migration sees it. */
export interface MigratableSession {
  step: string;
  data: Record<string, unknown>;
}

export interface FlowDef {
  id: string;
  /**
   * Bump when steps change incompatibly. A session on an older version is migrated by `migrations` when every
   * version in between has one; otherwise it restarts politely.
   */
  version: number;
  /** The shape of this flow's session data (see flow-data.ts); checked on restore and after every change. */
  data?: FlowData;
  /** `migrations[n]` turns a version-n session into a version n+1 one, or returns null when it cannot. */
  migrations?: Record<number, (s: MigratableSession) => MigratableSession | null>;
  start: string;
  steps: Record<string, StepDef>;
  /** Command words (lowercase, without slash) that start this flow anywhere, e.g. ["aspirasi"]. */
  commands?: string[];
  /** Only residents who finished registration may start it (default true). */
  requiresRegistration?: boolean;
  /** Roles allowed to start it; empty means everyone. */
  roles?: string[];
  /**
   * A whole message this flow takes as its start argument when the resident is idle at the menu, e.g. an invite
   * code typed on its own. Returns the argument, or undefined when the text is not for this flow.
   */
  claims?(text: string): string | undefined;
  /** Runs when the flow starts, before the first prompt. May redirect or refuse. */
  onStart?(c: StepCtx, arg: string | undefined): Transition | undefined;
}

/** A command that answers at once without a multi-step flow (e.g. /status ASP-7K3Q). */
export interface CommandDef {
  /** Command words, without slash, lowercase. */
  names: string[];
  requiresRegistration?: boolean;
  roles?: string[];
  run(arg: string | undefined, c: StepCtx): Transition;
}

export interface EngineInput {
  session: SessionState | undefined | unknown;
  /**
   * The session is exactly what this engine returned before (the host knows the state it wrote): its shape and its
   * flow data were checked then, and are not checked again. Expiry, flow version and step are still checked.
   */
  sessionChecked?: boolean;
  resident: Resident;
  content: InboundContent;
}

export interface EngineResult {
  session: SessionState;
  replies: OutboundMessage[];
  effects: Effect[];
}
