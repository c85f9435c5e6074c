/** A session started on an older flow version is migrated where possible; flow data is checked against its schema. */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createEngine } from "../../src/engine/engine.js";
import { readData } from "../../src/engine/flow-data.js";
import type { FlowDef, SessionState } from "../../src/engine/types.js";
import { flowSet } from "../../flows/index.js";
import { envAt, resident } from "./steps/step-env.js";

const env = envAt(1_000);

/** Version 1 asked "judul" then "isi"; version 2 renamed the step "isi" to "uraian" and the field `isi` to `uraian`. */
const dataV2 = z.object({ judul: z.string().optional(), uraian: z.string().optional() });
const v2: FlowDef = {
  id: "catat",
  version: 2,
  start: "judul",
  commands: ["catat"],
  data: dataV2,
  migrations: {
    1: ({ step, data }) => {
      const { isi, ...rest } = data;
      return { step: step === "isi" ? "uraian" : step, data: typeof isi === "string" ? { ...rest, uraian: isi } : rest };
    },
  },
  steps: {
    judul: { kind: "text", min: 1, max: 50, prompt: () => "Judul?", onText: (judul) => ({ set: { judul }, goto: "uraian" }) },
    uraian: {
      kind: "text",
      min: 1,
      max: 200,
      prompt: (c) => `Uraian untuk ${readData(dataV2, c).judul ?? "?"}?`,
      onText: (uraian, c) => ({ say: [{ text: `${readData(dataV2, c).judul}: ${uraian}` }], end: { showMenu: false } }),
    },
  },
};

const engine = createEngine({ ...flowSet, flows: [...flowSet.flows, v2] });
const sessionV1 = (step: string, data: Record<string, unknown>): SessionState => ({
  v: 1,
  flow: "catat",
  flowVersion: 1,
  step,
  data,
  startedAt: 900,
  updatedAt: 900,
});
const say = (session: unknown, text: string) => engine.handle({ session, resident, content: { kind: "text", text } }, env);

describe("session migration", () => {
  it("a half-written version-1 session continues on version 2 with its answers", () => {
    const r = say(sessionV1("judul", { }), "Got mampet");
    expect(r.replies.map((m) => m.text).join("\n")).toBe("Uraian untuk Got mampet?");
    expect(r.session).toMatchObject({ flowVersion: 2, step: "uraian", data: { judul: "Got mampet" } });
  });

  it("a renamed step and field are carried over by the migration", () => {
    const r = say(sessionV1("isi", { judul: "Got mampet" }), "air masuk rumah");
    expect(r.replies.map((m) => m.text).join("\n")).toBe("Got mampet: air masuk rumah");
  });

  it("a version without a migration restarts the flow politely", () => {
    const r = say({ ...sessionV1("judul", {}), flowVersion: 0 }, "apa saja");
    expect(r.replies.map((m) => m.text).join("\n")).toMatch(/baru saja diperbarui[\s\S]*Judul\?/);
    expect(r.session).toMatchObject({ flowVersion: 2, step: "judul", data: {} });
  });

  it("a restored session whose data does not fit the flow's schema restarts politely", () => {
    const r = say({ ...sessionV1("uraian", { judul: 42 }), flowVersion: 2 }, "apa saja");
    expect(r.replies.map((m) => m.text).join("\n")).toMatch(/baru saja diperbarui[\s\S]*Judul\?/);
  });

  it("a step that sets data outside its flow's schema is a definition bug", () => {
    const bad: FlowDef = { ...v2, id: "salah", commands: ["salah"], steps: { judul: { ...v2.steps.judul!, kind: "text", min: 1, max: 50, prompt: () => "Judul?", onText: () => ({ set: { judul: 7 }, goto: "uraian" }) }, uraian: v2.steps.uraian! } };
    const e = createEngine({ ...flowSet, flows: [...flowSet.flows, bad] });
    const started = e.handle({ session: undefined, resident, content: { kind: "text", text: "/salah" } }, env);
    expect(() => e.handle({ session: started.session, resident, content: { kind: "text", text: "x" } }, env)).toThrow(/set data outside its schema/);
  });
});
