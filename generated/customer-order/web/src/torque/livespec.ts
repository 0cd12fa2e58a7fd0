// The document `torquec watch` serves at /__torque/app.json (torquec/backends/web/livespec.py):
// pages as component trees, entity and field metadata, flows — the data the compiler bakes into
// src/generated/, read at run time. The live front-end (livemodel.tsx) renders the app from it;
// Torque Studio's page canvas reads its entities to render these components with real data.

import type { AnyEntityMeta, FieldMeta, FlowMeta } from "./types";

/** The document format this front-end reads (torquec/backends/web/livespec.py LIVE_FORMAT). */
export const LIVE_FORMAT = 1;

export interface LiveNode {
  readonly kind: string;
  readonly id: string;
  readonly props: Readonly<Record<string, unknown>>;
  /** [row, col, span] in the parent's grid; absent for modals. */
  readonly cell?: readonly [number, number, number];
  readonly children?: readonly LiveNode[];
}

export interface LivePage {
  readonly name: string;
  readonly route: string;
  readonly title: string;
  readonly description?: string;
  /** Name of the tabler icon component (e.g. "IconCheckbox"); absent: the shell's default. */
  readonly icon?: string;
  readonly inNav: boolean;
  readonly nodes: readonly LiveNode[];
}

export interface LiveSpec {
  readonly generation: number;
  readonly format: number;
  readonly app: { readonly name: string; readonly title: string; readonly version: string; readonly description?: string; readonly auth: boolean };
  readonly entities: Readonly<Record<string, AnyEntityMeta & { readonly fields: Readonly<Record<string, FieldMeta>> }>>;
  readonly flows: Readonly<Record<string, FlowMeta>>;
  readonly pages: readonly LivePage[];
}

/** The document of the build watch serves now; null when watch is stopped, restarting or
 * busier than `timeoutMs` (the dev surface's cookie goes along: same origin). */
export async function fetchLiveSpec(timeoutMs: number): Promise<LiveSpec | null> {
  try {
    const r = await fetch("/__torque/app.json", { cache: "no-store", credentials: "same-origin", signal: AbortSignal.timeout(timeoutMs) });
    return r.ok ? ((await r.json()) as LiveSpec) : null;
  } catch {
    return null;
  }
}
