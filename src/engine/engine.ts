/**
 * The flow engine: given a session, a resident and one input, returns the new session, the replies and the effects.
 * It does no I/O: reads go through `env.reads`, writes are returned as effects for the host to commit.
 */
import { z } from "zod";
import { otherLang, type Resident, type ResidentPatch } from "../core/domain.js";
import { roleWords, type RoleGrant } from "../core/roles.js";
import { decodeChoice, type InboundContent, type OutboundMessage } from "../core/messages.js";
import type { TArgs } from "../i18n/fluent.js";
import { mergeReplies } from "./merge-replies.js";
import { isCurrentPrompt, promptKey } from "./prompt-key.js";
import { globalKeyword, keywordTable, parseCommand, type GlobalKeyword } from "./keywords.js";
import { BUILT_IN_STEP_KINDS } from "./steps/index.js";
import { StepKindRegistry, type StepKind } from "./steps/step-kind.js";
import { isChecked, markChecked } from "./flow-data.js";
import { cleanText } from "./text.js";
import { localeWords } from "./words.js";
import type {
  CommandDef,
  Effect,
  EngineEnv,
  EngineInput,
  EngineResult,
  FlowDef,
  SessionState,
  StepCtx,
  StepDef,
  Transition,
} from "./types.js";
import { FlowDefinitionError, validateFlows } from "./validate-flows.js";

export interface Engine {
  handle(input: EngineInput, env: EngineEnv): EngineResult;
}

/** The flow every registered resident rests in; its single step is the main menu. */
export const MENU_FLOW = "menu";
/** The flow that registers new residents. */
export const REGISTRATION_FLOW = "registrasi";
/** The flow that confirms deleting personal data. */
export const DELETE_FLOW = "hapus-data";

const baseSessionSchema = z.object({
  v: z.literal(1),
  flow: z.string(),
  flowVersion: z.number(),
  step: z.string(),
  data: z.record(z.string(), z.unknown()),
  returnTo: z.string().optional(),
  startedAt: z.number(),
  updatedAt: z.number(),
});
const sessionSchema = baseSessionSchema.extend({ interrupted: baseSessionSchema.optional() });

export interface EngineDefinition {
  flows: FlowDef[];
  commands: CommandDef[];
  /** Step kinds beyond the built-in ones (steps/index.ts). */
  stepKinds?: readonly StepKind[];
}

/** One handling of one input; collects replies and effects. */
class Turn {
  readonly replies: OutboundMessage[] = [];
  readonly effects: Effect[] = [];
  resident: Resident;

  constructor(
    resident: Resident,
    public env: EngineEnv,
  ) {
    this.resident = { ...resident };
  }

  /** The speaker holds `grants` from here on in this turn (their roles follow). */
  regrant(grants: readonly RoleGrant[]): void {
    this.env = { ...this.env, actor: { ...this.env.actor, grants, roles: roleWords(grants) } };
  }

  t(key: string, args?: TArgs): string {
    return this.env.t(this.resident.lang, key, args);
  }

  say(key: string, args?: TArgs): void {
    this.replies.push({ text: this.t(key, args) });
  }

  effect(e: Effect): void {
    this.effects.push(e);
    if (e.type === "resident.update") this.applyPatch(e.patch);
  }

  private applyPatch(p: ResidentPatch): void {
    const r = this.resident;
    if (p.name !== undefined) r.name = p.name;
    if (p.rw !== undefined) r.rw = p.rw;
    if (p.rt !== undefined) r.rt = p.rt;
    if (p.lang !== undefined) r.lang = p.lang;
    if (p.consent !== undefined) r.consent = p.consent;
    if (p.optedOut !== undefined) r.optedOut = p.optedOut;
    if (p.registered !== undefined) r.registered = p.registered;
  }
}

/** Walk a session up through the flow's migrations to its current version; null when a step is missing or refuses. */
function migrate(flow: FlowDef, s: SessionState): SessionState | null {
  if (s.flowVersion > flow.version) return null;
  let cur = { step: s.step, data: s.data };
  for (let v = s.flowVersion; v < flow.version; v++) {
    const next = flow.migrations?.[v]?.(cur);
    if (!next) return null;
    cur = next;
  }
  return { ...s, flowVersion: flow.version, step: cur.step, data: cur.data };
}

export function createEngine(def: EngineDefinition): Engine {
  const kinds = new StepKindRegistry([...BUILT_IN_STEP_KINDS, ...(def.stepKinds ?? [])]);
  validateFlows(def.flows, def.commands, kinds);
  const flows = new Map(def.flows.map((f) => [f.id, f]));
  const commandByWord = new Map<string, CommandDef>();
  for (const c of def.commands) for (const n of c.names) commandByWord.set(n, c);
  const flowByWord = new Map<string, FlowDef>();
  for (const f of def.flows) for (const n of f.commands ?? []) flowByWord.set(n, f);
  const menu = flows.get(MENU_FLOW)!;
  const claimers = def.flows.filter((f) => f.claims);

  const fresh = (flow: FlowDef, now: number, data: Record<string, unknown> = {}): SessionState => ({
    v: 1,
    flow: flow.id,
    flowVersion: flow.version,
    step: flow.start,
    data,
    startedAt: now,
    updatedAt: now,
  });

  const ctxOf = (turn: Turn, s: SessionState): StepCtx => ({
    resident: turn.resident,
    lang: turn.resident.lang,
    data: s.data,
    env: turn.env,
    t: (k, a) => turn.t(k, a),
    words: (k) => localeWords(turn.env.t, k),
  });

  const stepOf = (s: SessionState): StepDef | undefined => flows.get(s.flow)?.steps[s.step];
  const kindOf = (step: StepDef): StepKind => kinds.get(step.kind)!;

  /** The current step's question; its buttons carry the step and a nonce of what it shows (see prompt-key.ts). */
  const promptMessage = (turn: Turn, s: SessionState): OutboundMessage | undefined => {
    const step = stepOf(s);
    if (!step) return undefined;
    const c = ctxOf(turn, s);
    const msg: OutboundMessage = { text: step.prompt(c) };
    const options = kindOf(step).options?.(step, c);
    if (options?.length) msg.options = options.map(({ value, label, number }) => (number === undefined ? { value, label } : { value, label, number }));
    if (msg.options) msg.choiceKey = promptKey(`${s.flow}.${s.step}`, msg);
    return msg;
  };

  /** Render the current step's question. */
  const prompt = (turn: Turn, s: SessionState): void => {
    const msg = promptMessage(turn, s);
    if (msg) turn.replies.push(msg);
  };

  const toMenu = (turn: Turn, now: number, show = true): SessionState => {
    const s = fresh(menu, now);
    if (show) prompt(turn, s);
    return s;
  };

  const allowed = (turn: Turn, roles: string[] | undefined): boolean =>
    !roles?.length || roles.some((r) => turn.env.actor.roles.has(r));

  /**
   * Start a flow (runs its onStart hook). `interrupted` is the session it breaks into, kept so that a
   * `resume` transition returns there (only a flow in progress is kept, never the idle menu).
   */
  const startFlow = (turn: Turn, flow: FlowDef, now: number, arg?: string, interrupted?: SessionState): SessionState => {
    if (!allowed(turn, flow.roles)) {
      turn.say("access-denied");
      turn.effect({ type: "audit", action: "access.denied", subject: `flow:${flow.id}` });
      return toMenu(turn, now, turn.resident.registered);
    }
    const s = fresh(flow, now);
    if (interrupted && interrupted.flow !== MENU_FLOW && interrupted.flow !== flow.id) {
      const { interrupted: _older, ...kept } = interrupted;
      s.interrupted = kept;
    }
    const tr = flow.onStart?.(ctxOf(turn, s), arg);
    if (tr) return apply(turn, s, tr, now);
    prompt(turn, s);
    return s;
  };

  /** Carry out a step's decision. */
  const apply = (turn: Turn, s: SessionState, tr: Transition, now: number): SessionState => {
    for (const e of tr.effects ?? []) turn.effect(e);
    if (tr.grants) turn.regrant(tr.grants);
    if (tr.set) {
      const schema = flows.get(s.flow)?.data;
      // Data already checked needs only its new fields checked (every field of a flow's data is optional).
      const shape = schema?.safeParse(isChecked(s.data, schema) ? tr.set : { ...s.data, ...tr.set });
      s = { ...s, data: { ...s.data, ...tr.set } };
      if (shape && !shape.success) throw new FlowDefinitionError(`flow "${s.flow}" set data outside its schema: ${shape.error.message}`);
      if (schema) markChecked(s.data, schema);
    }
    turn.replies.push(...(tr.say ?? []));
    if (tr.invalid) {
      turn.replies.push({ text: tr.invalid });
      prompt(turn, s);
      return s;
    }
    if (tr.startFlow) {
      const f = flows.get(tr.startFlow);
      if (!f) throw new FlowDefinitionError(`flow "${s.flow}" starts unknown flow "${tr.startFlow}"`);
      return startFlow(turn, f, now);
    }
    if (tr.resume) {
      const back = s.interrupted;
      const flow = back && flows.get(back.flow);
      if (back && flow && flow.version === back.flowVersion && flow.steps[back.step]) {
        const resumed: SessionState = { ...back, updatedAt: now };
        prompt(turn, resumed);
        return resumed;
      }
      return toMenu(turn, now, turn.resident.registered);
    }
    if (tr.end) return toMenu(turn, now, tr.end.showMenu !== false && turn.resident.registered);
    if (tr.goto) {
      let next = tr.goto;
      let returnTo = s.returnTo;
      if (tr.returnTo) returnTo = tr.returnTo;
      else if (returnTo) {
        next = returnTo;
        returnTo = undefined;
      }
      if (!flows.get(s.flow)?.steps[next]) throw new FlowDefinitionError(`flow "${s.flow}" jumps to missing step "${next}"`);
      s = { ...s, step: next, returnTo };
      prompt(turn, s);
      return s;
    }
    prompt(turn, s);
    return s;
  };

  /** Words that work anywhere (batal, menu, bantuan, ...). Returns the new session. */
  const keyword = (turn: Turn, s: SessionState, kw: GlobalKeyword, now: number): SessionState => {
    const inFlow = s.flow !== MENU_FLOW;
    const registered = turn.resident.registered;
    switch (kw) {
      case "cancel":
        if (inFlow) turn.say("flow-cancelled");
        else turn.say("flow-nothing-to-cancel");
        if (!registered) {
          turn.say("registration-cancelled-hint");
          return toMenu(turn, now, false);
        }
        return toMenu(turn, now);
      case "menu":
        if (!registered) return startFlow(turn, flows.get(REGISTRATION_FLOW)!, now);
        if (inFlow) turn.say("flow-left");
        return toMenu(turn, now);
      case "help":
        turn.say("help-text", { kelurahan: turn.env.kelurahan });
        prompt(turn, s);
        return s;
      case "lang": {
        const lang = otherLang(turn.resident.lang);
        turn.effect({ type: "resident.update", patch: { lang } });
        turn.say("lang-switched");
        if (!registered && s.flow === MENU_FLOW) return startFlow(turn, flows.get(REGISTRATION_FLOW)!, now);
        prompt(turn, s);
        return s;
      }
      case "optout":
      case "optin":
        turn.effect({ type: "resident.update", patch: { optedOut: kw === "optout" } });
        turn.say(kw === "optout" ? "broadcast-opted-out" : "broadcast-opted-in");
        if (!registered && s.flow === MENU_FLOW) return s;
        prompt(turn, s);
        return s;
      case "delete":
        return startFlow(turn, flows.get(DELETE_FLOW)!, now, undefined, s);
      case "start":
        if (!registered) return startFlow(turn, flows.get(REGISTRATION_FLOW)!, now);
        turn.say("welcome-back", { name: turn.resident.name ?? "" });
        return toMenu(turn, now);
    }
  };

  /** Commands like /aspirasi, /status ASP-7K3Q. Null when the text is not a known command. */
  const command = (turn: Turn, s: SessionState, text: string, now: number): SessionState | null => {
    if (s.flow === MENU_FLOW) {
      for (const f of claimers) {
        const arg = f.claims!(text);
        if (arg !== undefined && (f.requiresRegistration === false || turn.resident.registered)) return startFlow(turn, f, now, arg);
      }
    }
    const cmd = parseCommand(text);
    if (!cmd) return null;
    // Without a slash, command words only count when the resident is idle (so a name or description is never eaten).
    if (!cmd.slashed && s.flow !== MENU_FLOW) return null;
    const flow = flowByWord.get(cmd.word);
    const def = commandByWord.get(cmd.word);
    if (!flow && !def) {
      if (!cmd.slashed) return null;
      turn.say("command-unknown", { command: `/${cmd.word}`.slice(0, 40) });
      if (!turn.resident.registered && s.flow === MENU_FLOW) return startFlow(turn, flows.get(REGISTRATION_FLOW)!, now);
      prompt(turn, s);
      return s;
    }
    const needsReg = (flow?.requiresRegistration ?? def?.requiresRegistration) !== false;
    if (needsReg && !turn.resident.registered) {
      turn.say("registration-required");
      if (s.flow === REGISTRATION_FLOW) {
        prompt(turn, s);
        return s;
      }
      return startFlow(turn, flows.get(REGISTRATION_FLOW)!, now);
    }
    if (flow) {
      if (s.flow !== MENU_FLOW && s.flow !== flow.id) turn.say("flow-left");
      return startFlow(turn, flow, now, cmd.arg);
    }
    const c = def!;
    if (!allowed(turn, c.roles)) {
      turn.say("access-denied");
      turn.effect({ type: "audit", action: "access.denied", subject: `command:${cmd.word}` });
      prompt(turn, s);
      return s;
    }
    const tr = c.run(cmd.arg, ctxOf(turn, s));
    if (s.flow === MENU_FLOW) return apply(turn, s, { ...tr, end: tr.end ?? {} }, now);
    // Inside a flow, an informational command answers and then repeats the current question.
    for (const e of tr.effects ?? []) turn.effect(e);
    turn.replies.push(...(tr.say ?? []));
    if (tr.invalid) turn.replies.push({ text: tr.invalid });
    prompt(turn, s);
    return s;
  };

  /** Feed the input to the current step. */
  const answer = (turn: Turn, s: SessionState, content: InboundContent, now: number): SessionState => {
    const step = stepOf(s)!;
    const c = ctxOf(turn, s);
    const invalid = (key: string, args?: TArgs): SessionState => apply(turn, s, { invalid: turn.t(key, args) }, now);

    const kind = kindOf(step);
    if (content.kind === "choice") {
      const decoded = decodeChoice(content.value);
      // A button of an older prompt (another step, or this step showing something else) is stale.
      if (!decoded || !kind.press || !isCurrentPrompt(decoded.stepKey, `${s.flow}.${s.step}`, promptMessage(turn, s))) return invalid("input-stale-button");
      return apply(turn, s, kind.press(step, decoded.value, c), now);
    }
    if (content.kind === "unsupported") return invalid(`input-unsupported-${content.what}`);
    if (content.kind === "document") {
      if (!kind.document || !kind.acceptsDocument?.(step)) return invalid("input-unsupported-document");
      return apply(turn, s, kind.document(step, content, c), now);
    }
    return apply(turn, s, kind.answer(step, content, c), now);
  };

  const handle = ({ session, sessionChecked, resident, content }: EngineInput, env: EngineEnv): EngineResult => {
    const now = env.now;
    const turn = new Turn(resident, env);
    const finish = (s: SessionState): EngineResult => ({
      session: { ...s, updatedAt: now },
      replies: mergeReplies(turn.replies.map((r) => (r.lang ? r : { ...r, lang: turn.resident.lang }))),
      effects: turn.effects,
    });

    // Restore the session, restarting politely when it is unreadable, stale or from an older flow definition.
    let s: SessionState;
    const parsed =
      session === undefined ? undefined : sessionChecked ? { success: true as const, data: session as SessionState } : sessionSchema.safeParse(session);
    let interrupted = false;
    if (!parsed) s = fresh(menu, now);
    else if (!parsed.success || !flows.has(parsed.data.flow)) {
      turn.say("session-restarted");
      s = fresh(menu, now);
      interrupted = true;
    } else {
      s = parsed.data as SessionState;
      const flow = flows.get(s.flow)!;
      if (s.flow !== MENU_FLOW && now - s.updatedAt > env.sessionTtlMs) {
        turn.say("session-expired");
        s = fresh(menu, now);
        interrupted = true;
      } else {
        const current = s.flowVersion === flow.version ? s : migrate(flow, s);
        // A session this engine wrote (and that needed no migration) had its data checked when it was made.
        const dataOk = !!current && (!flow.data || (sessionChecked && current === s) || flow.data.safeParse(current.data).success);
        if (!current || !flow.steps[current.step] || !dataOk) {
          turn.say("session-flow-changed");
          return finish(startFlow(turn, flow, now));
        }
        if (flow.data) markChecked(current.data, flow.data);
        s = current;
      }
    }

    const text = content.kind === "text" ? content.text : null;
    const kw = text !== null ? globalKeyword(text, keywordTable(env.t)) : null;
    if (kw) return finish(keyword(turn, s, kw, now));

    if (text !== null) {
      const afterCommand = command(turn, s, cleanText(text), now);
      if (afterCommand) return finish(afterCommand);
    }

    // Residents who have not finished registering are led to registration, except inside flows open to them
    // (registration itself, data deletion, account linking, LPMK tools guarded by roles).
    if (!turn.resident.registered && flows.get(s.flow)?.requiresRegistration !== false) {
      if (turn.resident.consent === "refused" && s.flow === MENU_FLOW) {
        turn.say("consent-refused-reminder");
        return finish(s);
      }
      return finish(startFlow(turn, flows.get(REGISTRATION_FLOW)!, now));
    }

    // After an expiry or restart, show where we are rather than guessing what the input meant.
    if (interrupted) {
      prompt(turn, s);
      return finish(s);
    }
    return finish(answer(turn, s, content, now));
  };

  return { handle };
}
