// The live front-end of `torquec watch`. Used only when the page was served by watch (its
// injected dev.js sets window.__torqueDev); a production page renders the compiled-in app.
//
// It renders pages, entity and field metadata (labels, columns, form fields, enum labels),
// flows and the navigation from /__torque/app.json — the same data the compiler bakes into
// src/generated/ — and re-reads it on every `app-updated` event, so an edit to the model
// shows up in place right after the rebuild: no page reload (grid filters, search and scroll
// stay), no waiting for `vite build`. Only what data cannot carry needs the new bundle: an
// icon this bundle lacks, a change of `auth`, another document format; then the page reloads
// when watch says the matching bundle is in place.

import { Fragment, StrictMode, useSyncExternalStore, type JSX, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { TorqueApp } from "./app";
import { TorqueButton, type TorqueButtonProps } from "./button";
import { DataGrid, type DataGridProps } from "./grid";
import { Cell, Container, Text, type ContainerProps, type TextProps } from "./layout";
import { TorqueForm } from "./lazy";
import type { TorqueFormProps } from "./form";
import { live } from "./live";
import { fetchLiveSpec, LIVE_FORMAT, type LiveNode, type LivePage, type LiveSpec } from "./livespec";
import { systemFields } from "./meta";
import { Modal, Page, type ModalProps } from "./page";
import type { AnyEntityMeta, AppConfig, PageMeta } from "./types";

interface Snapshot {
  readonly app: AppConfig;
  readonly pages: ReadonlyMap<string, LivePage>;
}

type Icon = NonNullable<PageMeta["icon"]>;

declare global {
  interface Window {
    __torqueDev?: boolean;
    __torqueGeneration?: number;
    __torqueLive?: {
      updated(generation: number): void;
      reload(generation: number): void;
      /** For tools and tests: the build shown, and whether only a reload can show the next one. */
      state(): { readonly generation: number; readonly needsBundle: boolean };
    };
  }
}

class LiveModel {
  /** Generation of the build shown (0: the compiled-in app). */
  applied = 0;
  /** Something changed that only a new bundle can show: reload when watch says it is in place. */
  needsBundle = false;
  private snapshot: Snapshot;
  private readonly listeners = new Set<() => void>();
  private readonly icons = new Map<string, Icon>();
  private readonly pageComponents = new Map<string, () => JSX.Element>();
  /** Per entity: its JSON and metadata object, kept while unchanged (grids refetch only on a new object). */
  private readonly entityCache = new Map<string, { json: string; meta: AnyEntityMeta }>();
  private inflight: Promise<void> | null = null;
  private again = false;

  constructor(private readonly compiled: AppConfig) {
    // The icons this bundle has, by component name (tabler names its components "Checkbox" for IconCheckbox).
    for (const p of compiled.pages) {
      const name = p.icon?.displayName;
      if (p.icon && name) this.icons.set(name.startsWith("Icon") ? name : `Icon${name}`, p.icon);
    }
    this.snapshot = { app: compiled, pages: new Map() };
  }

  readonly subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  readonly get = (): Snapshot => this.snapshot;

  /** Read /__torque/app.json and show it; concurrent calls coalesce into one more read. */
  refresh(): Promise<void> {
    if (this.inflight) {
      this.again = true;
      return this.inflight;
    }
    this.inflight = (async () => {
      do {
        this.again = false;
        await this.readOnce();
      } while (this.again);
    })().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  /** After the in-flight read (if any): does the page still need a reload for `generation`? */
  async reloadIfNeeded(generation: number): Promise<void> {
    if (this.inflight) await this.inflight;
    if (this.applied >= generation && !this.needsBundle) return;
    window.location.reload();
  }

  private async readOnce(): Promise<void> {
    // A busy watch must not hold the page blank: after 5 s the compiled-in app shows meanwhile.
    const spec = await fetchLiveSpec(5000);
    if (spec === null) return; // watch stopped or restarting: the compiled-in app keeps showing
    if (spec.generation <= this.applied) return;
    if (spec.format !== LIVE_FORMAT || spec.app.auth !== this.compiled.auth) {
      this.needsBundle = true; // the sign-in flow (or the format) differs: only the new bundle can show it
      return;
    }
    this.apply(spec);
  }

  private apply(spec: LiveSpec): void {
    const entities: Record<string, AnyEntityMeta> = {};
    for (const [name, meta] of Object.entries(spec.entities)) {
      const json = JSON.stringify(meta);
      let cached = this.entityCache.get(name);
      if (!cached || cached.json !== json) {
        cached = { json, meta: { ...meta, fields: { ...meta.fields, ...systemFields } } };
        this.entityCache.set(name, cached);
      }
      entities[name] = cached.meta;
    }
    const pages: PageMeta[] = spec.pages.map((p) => {
      const icon = p.icon ? this.icons.get(p.icon) : undefined;
      if (p.icon && !icon) this.needsBundle = true; // shown with the default icon until the bundle has it
      return {
        name: p.name,
        route: p.route,
        title: p.title,
        ...(p.description ? { description: p.description } : {}),
        ...(icon ? { icon } : {}),
        inNav: p.inNav,
        component: this.pageComponent(p.name),
      };
    });
    const app: AppConfig = { ...spec.app, entities, flows: spec.flows, pages };
    this.applied = spec.generation;
    this.snapshot = { app, pages: new Map(spec.pages.map((p) => [p.name, p])) };
    this.listeners.forEach((l) => l());
    // The live socket still belongs to the previous app generation: move it to the new one
    // (it resyncs on reconnect, so nothing changed meanwhile is missed).
    if (live.state !== "idle") live.restart();
  }

  /** One component per page name for the whole session: React keeps its state across updates. */
  private pageComponent(name: string): () => JSX.Element {
    let c = this.pageComponents.get(name);
    if (!c) {
      c = () => <LivePageView model={this} name={name} />;
      this.pageComponents.set(name, c);
    }
    return c;
  }
}

function useSnapshot(model: LiveModel): Snapshot {
  return useSyncExternalStore(model.subscribe, model.get);
}

function LivePageView({ model, name }: { readonly model: LiveModel; readonly name: string }) {
  const { app, pages } = useSnapshot(model);
  const page = pages.get(name);
  if (!page) return <></>;
  return (
    <Page name={page.name} title={page.title}>
      {nodes(page.nodes, app)}
    </Page>
  );
}

function nodes(list: readonly LiveNode[], app: AppConfig): ReactNode[] {
  return list.map((n) => {
    const el = component(n, app);
    if (!n.cell) return <Fragment key={n.id}>{el}</Fragment>;
    const [row, col, span] = n.cell;
    return (
      <Cell key={n.id} id={n.id} kind={n.kind} row={row} col={col} span={span}>
        {el}
      </Cell>
    );
  });
}

/** The same components with the same props as the compiler's pages.tsx writes them. */
function component(n: LiveNode, app: AppConfig): ReactNode {
  const p = n.props;
  const entity = typeof p["entity"] === "string" ? app.entities[p["entity"]] : undefined;
  switch (n.kind) {
    case "DataGrid":
      return entity ? <DataGrid {...(p as unknown as DataGridProps<string>)} entity={entity} /> : null;
    case "TorqueForm":
      return entity ? <TorqueForm {...(p as unknown as TorqueFormProps<string>)} entity={entity} /> : null;
    case "TorqueButton":
      return <TorqueButton {...(p as unknown as TorqueButtonProps)} />;
    case "Text":
      return <Text {...(p as unknown as TextProps)} />;
    case "Container":
      return <Container {...(p as ContainerProps)}>{nodes(n.children ?? [], app)}</Container>;
    case "Modal":
      return <Modal {...(p as unknown as ModalProps)}>{nodes(n.children ?? [], app)}</Modal>;
    default:
      return null;
  }
}

function LiveApp({ model }: { readonly model: LiveModel }) {
  return <TorqueApp app={useSnapshot(model).app} />;
}

/** Mount `compiled` under watch: first what the server serves now, then every update in place. */
export async function mountLive(root: HTMLElement, compiled: AppConfig): Promise<void> {
  const model = new LiveModel(compiled);
  window.__torqueLive = {
    updated: (generation) => {
      if (generation > model.applied) void model.refresh();
    },
    reload: (generation) => void model.reloadIfNeeded(generation),
    state: () => ({ generation: model.applied, needsBundle: model.needsBundle }),
  };
  // The bundle may be older than the build served (its vite build still running): show the served one.
  await model.refresh();
  createRoot(root).render(
    <StrictMode>
      <LiveApp model={model} />
    </StrictMode>,
  );
}
