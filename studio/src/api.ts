// The studio's view of the model file: text + version + compiler diagnostics.
// Every change names the version it was made on; the server answers 409 when
// the file moved on (an edit elsewhere), with the file's current state.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export type Op =
  | { op: "set"; path: string; value: Json }
  | { op: "insert"; path: string; value: Json }
  | { op: "remove"; path: string }
  | { op: "move"; from: string; path: string };

/** An edit's operations, or a function that works them out from the model as it is when the
 * edit's turn in the queue comes: a second click made before the first one's answer is shown
 * must build on it, not on the model the click saw. */
export type EditOps = Op[] | ((model: JsonObject) => Op[]);

export interface Diagnostic {
  code: string;
  severity: string;
  message: string;
  line: number | null;
  column: number | null;
  pointer: string | null;
  hint: string | null;
  length?: number | null;
  /** Where it falls inside the string value at `pointer` (flow JavaScript), in the decoded text. */
  valueOffset?: number;
}

export interface State {
  version: string;
  text: string;
  model: JsonObject | null;
  /** null: a large file, not checked yet (loadDiagnostics). */
  diagnostics: Diagnostic[] | null;
  history: { undo: string[]; redo: string[] };
}

export type Outcome = { ok: true; state: State } | { ok: false; error: string; state?: State };

const API = "/__torque/studio/api/";

export async function loadState(): Promise<State> {
  const res = await fetch(API + "model", { credentials: "same-origin" });
  if (!res.ok) throw new Error(`GET model: ${res.status} ${await res.text()}`);
  return (await res.json()) as State;
}

export async function loadDiagnostics(): Promise<{ version: string; diagnostics: Diagnostic[] }> {
  const res = await fetch(API + "diagnostics", { credentials: "same-origin" });
  if (!res.ok) throw new Error(`GET diagnostics: ${res.status}`);
  return (await res.json()) as { version: string; diagnostics: Diagnostic[] };
}

export async function loadVersion(): Promise<string> {
  const res = await fetch(API + "version", { credentials: "same-origin" });
  if (!res.ok) throw new Error(`GET version: ${res.status}`);
  return ((await res.json()) as { version: string }).version;
}

async function post(name: string, body: object): Promise<Outcome> {
  const res = await fetch(API + name, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const payload = (await res.json()) as { error?: string; state?: State } & Partial<State>;
  if (res.ok) return { ok: true, state: payload as State };
  const failed: Outcome = { ok: false, error: payload.error ?? `HTTP ${res.status}` };
  if (payload.state) failed.state = payload.state;
  return failed;
}

export const api = {
  edit: (base: string, ops: Op[], label: string) => post("edit", { base, ops, label }),
  text: (base: string, text: string) => post("text", { base, text }),
  undo: (base: string) => post("undo", { base }),
  redo: (base: string) => post("redo", { base }),
  /** Rename the name defined at `pointer` everywhere it is used: the server applies the LSP's rename. */
  rename: (base: string, pointer: string, name: string, label: string) => post("rename", { base, pointer, name, label }),
};

/**
 * `next` with every part equal to the same part of `prev` replaced by that part of `prev`. The
 * server answers a whole new model per change; sharing what did not change lets views keep their
 * work for the untouched parts (the diagram re-renders one node of 200, not 200).
 */
export function keepUnchanged<T extends Json>(prev: Json | undefined, next: T): T {
  if (prev === next || typeof next !== "object" || next === null || typeof prev !== "object" || prev === null) return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    const out = next.map((v, i) => {
      const kept = keepUnchanged(prev[i], v);
      if (kept !== prev[i]) same = false;
      return kept;
    });
    return (same ? prev : out) as T;
  }
  if (Array.isArray(prev)) return next;
  const keys = Object.keys(next);
  const prevKeys = Object.keys(prev);
  let same = keys.length === prevKeys.length;
  const out: JsonObject = {};
  keys.forEach((k, i) => {
    const kept = keepUnchanged(prev[k], (next as JsonObject)[k] as Json);
    out[k] = kept;
    if (kept !== prev[k] || prevKeys[i] !== k) same = false;
  });
  return (same ? prev : out) as T;
}

/** A JSON pointer token (RFC 6901). */
export function tok(key: string | number): string {
  return String(key).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function isObject(v: Json | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function asArray(v: Json | undefined): Json[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: Json | undefined): string {
  return typeof v === "string" ? v : "";
}

/** Every `id` in the model: new elements get one nobody uses yet. */
export function allIds(model: Json): Set<string> {
  const ids = new Set<string>();
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isObject(v)) {
      if (typeof v["id"] === "string") ids.add(v["id"]);
      Object.values(v).forEach(walk);
    }
  };
  walk(model);
  return ids;
}

export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/[^A-Za-z0-9]+/g, "-").toLowerCase().replace(/^-|-$/g, "");
}

export function freshId(model: Json, prefix: string, name: string): string {
  const ids = allIds(model);
  const base = `${prefix}-${kebab(name) || "x"}`;
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function freshName(taken: string[], base: string): string {
  let name = base;
  for (let n = 2; taken.includes(name); n++) name = `${base}${n}`;
  return name;
}
