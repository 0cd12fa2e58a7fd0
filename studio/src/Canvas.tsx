// The page editor's canvas renders the generated app's own components — DataGrid, TorqueForm,
// TorqueButton, Text, Container — compiled from the same sources every generated web app gets
// (templates/web/src/torque, the `@torque` alias of vite.config.ts): what the canvas shows is
// what the app shows. Nothing model-specific is compiled in:
// - entity and field metadata come from the build `torquec watch` serves now
//   (/__torque/app.json, the document the app's live front-end renders from), read again after
//   every rebuild;
// - every JSON-RPC call of the components goes to the studio's `api/rpc?role=…`, which runs it
//   in the served app as the role chosen above the canvas (behind the dev surface's secret, like
//   the flow editor's Run panel): real rows, and that role's rights.
// Only a Modal is drawn as a frame: the app shows it floating above the page once an action
// opens it, which an editing canvas cannot do.
import "@torque/torque.css";
import { Alert } from "@mantine/core";
import { TorqueButton, type TorqueButtonProps } from "@torque/button";
import { AppContext, CellModeContext, PageContext, type PageState } from "@torque/context";
import type { TorqueFormProps } from "@torque/form";
import { DataGrid, type DataGridProps } from "@torque/grid";
import { setEntityMetas } from "@torque/labels";
import { Cell, Container, Text, type TextProps } from "@torque/layout";
import { TorqueForm } from "@torque/lazy";
import { live } from "@torque/live";
import { fetchLiveSpec, LIVE_FORMAT, type LiveSpec } from "@torque/livespec";
import { systemFields } from "@torque/meta";
import { rpc } from "@torque/rpc";
import { Router } from "@torque/router";
import type { AnyEntityMeta, AppConfig } from "@torque/types";
import type { ReactNode } from "react";
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";

const RPC = "/__torque/studio/api/rpc";

/** Where the components' calls go: the served app, as `role` (null: a model without roles). */
export function callAs(role: string | null): void {
  rpc.retarget(role ? `${RPC}?role=${encodeURIComponent(role)}` : RPC);
}

function appOf(spec: LiveSpec): AppConfig {
  const entities: Record<string, AnyEntityMeta> = {};
  for (const [name, meta] of Object.entries(spec.entities)) entities[name] = { ...meta, fields: { ...meta.fields, ...systemFields } };
  // Pages only serve `navigate` actions (their URL); the canvas shows no other page.
  const pages = spec.pages.map((p) => ({ name: p.name, route: p.route, title: p.title, inNav: p.inNav, component: () => <></> }));
  return { ...spec.app, entities, flows: spec.flows, pages };
}

/** The served build's app metadata, read on mount and again while `model` changed since
 * (its save starts a rebuild: poll until a newer generation is served, or give up after ~10 s). */
export function useServedApp(model: unknown): AppConfig | null {
  const [app, setApp] = useState<AppConfig | null>(null);
  const generation = useRef(-1);
  useEffect(() => {
    let stopped = false;
    let tries = 0;
    let timer: number | undefined;
    const read = async () => {
      const spec = await fetchLiveSpec(5000);
      if (stopped) return;
      if (spec !== null && spec.format === LIVE_FORMAT && spec.generation !== generation.current) {
        generation.current = spec.generation;
        const next = appOf(spec);
        setEntityMetas(next.entities); // display templates load the names of referenced records
        // An app with roles refuses the live socket without a token: the canvas opens none.
        live.requireToken(next.auth);
        setApp(next);
        return;
      }
      if (++tries < 25) timer = window.setTimeout(() => void read(), 400);
    };
    void read();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [model]);
  return app;
}

/** A page for the components to live in: actions that open modals or ask for confirmation do
 * nothing on the canvas (Puck takes the clicks to select components anyway). */
function usePageState(): PageState {
  const [refreshKey, setRefreshKey] = useState(0);
  const refresh = useCallback(() => setRefreshKey((k) => k + 1), []);
  return useMemo<PageState>(() => ({
    name: "studio-canvas",
    modals: [],
    openModal: () => undefined,
    closeModal: () => undefined,
    refreshKey,
    refresh,
    confirm: () => Promise.resolve(false),
  }), [refreshKey, refresh]);
}

/** Around the whole editor: the contexts the components read, as the app's shell gives them,
 * and where their calls go (as `role`; the editor re-mounts the canvas when it changes, so no
 * row read as one role stays on show as another's). */
export function CanvasHost({ app, role, children }: { app: AppConfig | null; role: string | null; children: ReactNode }) {
  const page = usePageState();
  // Set while rendering: before the components' effects send their first calls.
  const target = useRef<string | null | undefined>(undefined);
  if (target.current !== role) {
    callAs(role);
    target.current = role;
  }
  return (
    <AppContext.Provider value={app}>
      <Router>
        <PageContext.Provider value={page}>
          <CellModeContext.Provider value="stack">{children}</CellModeContext.Provider>
        </PageContext.Provider>
      </Router>
    </AppContext.Provider>
  );
}

type Props = Record<string, unknown>;

/** The model's props of a component (Puck's own keys and the layout's `position` left out). */
function modelProps(p: Props): Props {
  const { puck: _puck, editMode: _editMode, position: _position, children: _children, ...rest } = p;
  return rest;
}

/** One leaf component with the props the compiler's pages.tsx gives it for these model keys. */
export function CanvasComponent({ kind, props }: { kind: string; props: Props }) {
  const app = useContext(AppContext);
  const p = modelProps(props);
  const id = String(p["id"] ?? "");
  let body: ReactNode;
  if (app === null) {
    body = <Alert color="gray" title="The app is not served yet">Its components show here once the model builds.</Alert>;
  } else if (kind === "DataGrid" || kind === "TorqueForm") {
    const name = typeof p["entity"] === "string" ? p["entity"] : "";
    const entity = app.entities[name];
    if (!entity) {
      body = (
        <Alert color="gray" title={name ? `${name} is not in the served app yet` : "Pick an entity"}>
          {name ? "It shows here once the model builds with it." : "Its records show here."}
        </Alert>
      );
    } else if (kind === "DataGrid") {
      body = <DataGrid {...(p as unknown as DataGridProps<string>)} id={id} entity={entity} />;
    } else {
      body = <TorqueForm {...(p as unknown as TorqueFormProps<string>)} mode={p["mode"] === "edit" ? "edit" : "create"} entity={entity} />;
    }
  } else if (kind === "TorqueButton") {
    body = <TorqueButton {...(p as unknown as TorqueButtonProps)} label={String(p["label"] ?? id)} />;
  } else {
    body = <Text {...(p as unknown as TextProps)} text={String(p["text"] ?? "")} />;
  }
  return (
    <Cell id={id} kind={kind} row={1} col={1} span={12}>
      {body}
    </Cell>
  );
}

/** A Container with the canvas's drop zone inside, laid out as the app lays out its children. */
export function CanvasContainer({ direction, children }: { direction: unknown; children: ReactNode }) {
  return <Container direction={direction === "row" ? "row" : "column"}>{children}</Container>;
}
