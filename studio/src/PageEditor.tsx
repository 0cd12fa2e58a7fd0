// The page editor: a page's components laid out by drag and drop (Puck), each with a property
// panel bound to the model (a grid picks an entity and that entity's fields as columns, a form an
// entity and a mode, a button an action). Loaded on demand: Puck is most of this screen's weight.
//
// The canvas shows the generated app's own components with the served app's data (Canvas.tsx).
//
// The page in the file stays the truth: its components become Puck's data, and every change Puck
// reports becomes one `set` of the page's component list (the server diffs it member by member,
// so untouched components keep their bytes). Keys Puck knows nothing of (position, sortable, …)
// travel through unchanged.
//
// The static stylesheet (without the rsms.me font @import) makes Puck skip injecting its own copy at
// run time, which would fetch that font from the internet. Puck's dist holds its token CSS twice
// (defaultUiStyles for the editor, iframeInteractionStyles for the canvas): the 268-line block seen
// twice in PageEditor-*.js comes from the dependency, not from bundling it twice.
import "@puckeditor/core/no-external.css";
import { Badge, Button, Checkbox, Group, NativeSelect, Stack, Text, Title } from "@mantine/core";
import type { ComponentData, Config, Data, Fields } from "@puckeditor/core";
import { createUsePuck, Puck } from "@puckeditor/core";
import type { ReactNode } from "react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Diagnostic, Json, JsonObject, Op } from "./api";
import { allIds, asArray, freshName, isObject, kebab, str } from "./api";
import { CanvasComponent, CanvasContainer, CanvasHost, useServedApp } from "./Canvas";
import { CommitInput } from "./inputs";

interface Props {
  model: JsonObject;
  edit: (ops: Op[], label: string) => void;
  diagnostics: Diagnostic[];
  focus: string | null;
}

export const COMPONENT_KINDS = ["DataGrid", "TorqueForm", "TorqueButton", "Text", "Container", "Modal"] as const;
const WITH_CHILDREN = new Set(["Container", "Modal"]);
const ACTION_TYPES = ["openModal", "closeModal", "navigate", "create", "edit", "delete", "runFlow", "refresh"];
// Keys Puck adds to every component's props that are not the model's.
const PUCK_ONLY = new Set(["puck", "editMode"]);

type Props_ = Record<string, unknown>;

/** Model components → Puck content (children become the Container's / Modal's slot). */
export function toPuck(components: Json | undefined): ComponentData[] {
  return asArray(components).filter(isObject).map((c) => {
    const { type, children, ...rest } = c;
    const props: Props_ = { ...rest, id: str(c["id"]) };
    if (WITH_CHILDREN.has(str(type))) props["children"] = toPuck(children);
    return { type: str(type), props } as ComponentData;
  });
}

/** Every component of a list, children included, by id. */
function byId(components: Json | undefined, into = new Map<string, JsonObject>()): Map<string, JsonObject> {
  for (const c of asArray(components).filter(isObject)) {
    into.set(str(c["id"]), c);
    byId(c["children"], into);
  }
  return into;
}

/** Puck content → model components. Keys keep the order the file had (Puck reorders props),
 * new keys follow; a new component's keys start with id and type. */
export function fromPuck(content: ComponentData[], taken: Set<string>, originals: Map<string, JsonObject>): JsonObject[] {
  return content.map((item) => {
    const props = item.props as Props_;
    let id = str(props["id"] as Json);
    // Puck names a dropped component `Type-<uuid>`: give it a short model id nobody uses.
    if (!id || /^[A-Za-z]+-[0-9a-f]{8}-/.test(id)) {
      const base = kebab(item.type) || "component";
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    }
    taken.add(id);
    const values: JsonObject = { id, type: item.type };
    for (const [key, value] of Object.entries(props)) {
      if (key === "id" || PUCK_ONLY.has(key) || value === undefined || value === "") continue;
      if (key === "children") {
        if (WITH_CHILDREN.has(item.type)) values["children"] = fromPuck(value as ComponentData[], taken, originals);
        continue;
      }
      if (key === "position") {
        // The format needs all three numbers: a half-filled panel gets the defaults of a full row.
        const p = (isObject(value as Json) ? value : {}) as JsonObject;
        const num = (k: string) => (typeof p[k] === "number" ? (p[k] as number) : undefined);
        if (num("row") === undefined && num("col") === undefined && num("span") === undefined) continue;
        values["position"] = { row: num("row") ?? 1, col: num("col") ?? 1, span: num("span") ?? 12 };
        continue;
      }
      values[key] = value as Json;
    }
    const order = [...Object.keys(originals.get(id) ?? { id: 0, type: 0 }), ...Object.keys(values)];
    return Object.fromEntries([...new Set(order)].filter((k) => k in values).map((k) => [k, values[k] as Json]));
  });
}

/** A component dropped between positioned ones gets a full-width row of its own there; the
 * rows below move down one (else the app's grid would lay it over its neighbours: W701). */
export function placeNew(list: JsonObject[], originals: Map<string, JsonObject>): JsonObject[] {
  const rowOf = (c: JsonObject | undefined) => (isObject(c?.["position"]) ? Number((c["position"] as JsonObject)["row"]) || 0 : 0);
  if (!list.some((c) => isObject(c["position"]))) return list;
  let out = list;
  list.forEach((c, i) => {
    if (originals.has(str(c["id"])) || c["type"] === "Modal" || isObject(c["position"])) return;
    const row = Math.max(0, ...out.slice(0, i).map(rowOf)) + 1;
    out = out.map((other, j): JsonObject => {
      if (j === i) return { ...other, position: { row, col: 1, span: 12 } };
      if (j > i && rowOf(other) >= row) return { ...other, position: { ...(other["position"] as JsonObject), row: rowOf(other) + 1 } };
      return other;
    });
  });
  return out;
}

/** The smallest operations that turn one component list into the next: a drop is one insert,
 * a deletion one remove, a drag within the list one move, a property change one `set` of
 * that component (diffed member by member on the server), so untouched components keep their
 * bytes. Anything else (a component moved into a container) sets the whole list. */
export function listOps(path: string, before: JsonObject[], after: JsonObject[]): Op[] {
  const ids = (list: JsonObject[]) => list.map((c) => str(c["id"]));
  const a = ids(before), b = ids(after);
  const same = (x: Json, y: Json) => JSON.stringify(x) === JSON.stringify(y);
  const changed = (pairs: [JsonObject, JsonObject, number][]) =>
    pairs.filter(([x, y]) => !same(x, y)).map(([, y, i]): Op => ({ op: "set", path: `${path}/${i}`, value: y }));
  if (a.join("\n") === b.join("\n")) return changed(before.map((c, i) => [c, after[i] as JsonObject, i]));
  if (b.length === a.length + 1) {
    const at = b.findIndex((id, i) => id !== a[i]);
    const rest = [...after.slice(0, at), ...after.slice(at + 1)];
    if (ids(rest).join("\n") === a.join("\n")) {
      return [{ op: "insert", path: `${path}/${at}`, value: after[at] as JsonObject },
        ...changed(rest.map((c, i) => [before[i] as JsonObject, c, i < at ? i : i + 1]))];
    }
  }
  if (a.length === b.length + 1) {
    const at = a.findIndex((id, i) => id !== b[i]);
    const rest = [...before.slice(0, at), ...before.slice(at + 1)];
    if (ids(rest).join("\n") === b.join("\n")) {
      return [{ op: "remove", path: `${path}/${at}` }, ...changed(rest.map((c, i) => [c, after[i] as JsonObject, i]))];
    }
  }
  if (a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n")) {
    for (let from = 0; from < a.length; from++) {
      for (let to = 0; to < a.length; to++) {
        const moved = [...a];
        moved.splice(to, 0, ...moved.splice(from, 1));
        if (from !== to && moved.join("\n") === b.join("\n")) {
          const byId = new Map(before.map((c) => [str(c["id"]), c]));
          const rest = changed(after.map((c, i) => [byId.get(str(c["id"])) as JsonObject, c, i]));
          return [{ op: "move", from: `${path}/${from}`, path: `${path}/${to}` }, ...rest];
        }
      }
    }
  }
  return [{ op: "set", path, value: after }];
}

function entityOf(model: JsonObject, name: string): JsonObject | undefined {
  return asArray(model["entities"]).filter(isObject).find((e) => e["name"] === name);
}

function fieldNames(model: JsonObject, entity: string): string[] {
  return asArray(entityOf(model, entity)?.["fields"]).filter(isObject).map((f) => str(f["name"]));
}

const options = (names: string[]) => names.map((n) => ({ label: n, value: n }));

const usePuckState = createUsePuck();

/** A checkbox per field of the selected component's entity (a grid's columns, a form's fields). */
function FieldPicker({ model, label, value, onChange, id }: { model: JsonObject; label: string; value: unknown; onChange: (v: unknown) => void; id: string }) {
  const entity = usePuckState((s) => str(((s.selectedItem?.props ?? {}) as Props_)["entity"] as Json));
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const names = fieldNames(model, entity);
  return (
    <Stack gap={2} id={id} aria-label={label}>
      <Text size="xs" fw={600}>{label}</Text>
      {names.map((n) => (
        <Checkbox key={n} size="xs" label={n} aria-label={`${label} ${n}`} checked={chosen.length === 0 || chosen.includes(n)}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            // No list means every field: unchecking one writes the others out.
            const current = chosen.length ? chosen : names;
            const next = names.filter((x) => (x === n ? on : current.includes(x)));
            onChange(next.length ? next : undefined);
          }} />
      ))}
      {names.length === 0 && <Text size="xs" c="dimmed">pick an entity first</Text>}
    </Stack>
  );
}

function fieldPicker(model: JsonObject, label: string) {
  return {
    type: "custom" as const,
    label,
    render: (p: { value: unknown; onChange: (v: unknown) => void; id: string }) => <FieldPicker model={model} label={label} {...p} />,
  };
}

/** An action: its type and the one target its type needs (modal, page, entity or flow). */
function actionField(model: JsonObject, modals: () => string[], label = "Action") {
  const name = label.toLowerCase();
  const entities = asArray(model["entities"]).filter(isObject).map((e) => str(e["name"]));
  const pages = asArray(model["layouts"]).filter(isObject).map((l) => str(l["name"]));
  const flows = asArray(model["flows"]).filter(isObject).map((f) => str(f["name"]));
  return {
    type: "custom" as const,
    label,
    render: ({ value, onChange }: { value: unknown; onChange: (v: unknown) => void }) => {
      const action: JsonObject = isObject(value as Json) ? (value as JsonObject) : {};
      const type = str(action["type"]);
      const targetKey = type === "openModal" ? "modal" : type === "navigate" ? "page" : type === "runFlow" ? "flow"
        : ["create", "edit", "delete"].includes(type) ? "entity" : null;
      const targets = targetKey === "modal" ? modals() : targetKey === "page" ? pages : targetKey === "flow" ? flows : entities;
      return (
        <Stack gap={4}>
          <NativeSelect size="xs" label={label} aria-label={`${name} type`} value={type}
            data={[{ value: "", label: "(none)" }, ...options(ACTION_TYPES)]}
            onChange={(e) => {
              const t = e.currentTarget.value;
              if (!t) return onChange(undefined);
              const key = t === "openModal" ? "modal" : t === "navigate" ? "page" : t === "runFlow" ? "flow"
                : ["create", "edit", "delete"].includes(t) ? "entity" : null;
              const pool = key === "modal" ? modals() : key === "page" ? pages : key === "flow" ? flows : entities;
              onChange(key ? { type: t, [key]: pool[0] ?? "" } : { type: t });
            }} />
          {targetKey && (
            <NativeSelect size="xs" label={targetKey} aria-label={`${name} ${targetKey}`} value={str(action[targetKey])}
              data={options(targets.includes(str(action[targetKey])) || !action[targetKey] ? targets : [...targets, str(action[targetKey])])}
              onChange={(e) => onChange({ ...action, [targetKey]: e.currentTarget.value })} />
          )}
        </Stack>
      );
    },
  };
}

/** A yes/no prop whose default (unset) is yes: the file keeps no key until one is picked. */
const flag = (label: string) => ({
  type: "radio" as const,
  label: `${label} (default yes)`,
  options: [{ label: "yes", value: true }, { label: "no", value: false }],
});

const positionField = {
  type: "object" as const,
  label: "Position (grid row, column 1–12, span)",
  objectFields: { row: { type: "number" as const, min: 1 }, col: { type: "number" as const, min: 1, max: 12 }, span: { type: "number" as const, min: 1, max: 12 } },
};

function buildConfig(model: JsonObject, modals: () => string[]): Config {
  const entities = asArray(model["entities"]).filter(isObject).map((e) => str(e["name"]));
  const entitySelect = { type: "select" as const, label: "Entity", options: options(entities) };
  // The app's own component, framed so that Puck has something to select and tests a name to find.
  const frame = (kind: string, id: unknown, body: ReactNode) => (
    <div style={{ padding: 4 }} aria-label={`canvas ${kind} ${str(id as Json)}`}>{body}</div>
  );
  const real = (kind: string) => (p: Props_) => frame(kind, p["id"], <CanvasComponent kind={kind} props={p} />);
  const grid: Fields = {
    title: { type: "text", label: "Title" },
    entity: entitySelect,
    columns: fieldPicker(model, "Columns"),
    pageSize: { type: "number", label: "Page size", min: 1, max: 500 },
    sortable: flag("Sortable"),
    filterable: flag("Filterable"),
    searchable: flag("Searchable"),
    rowActions: {
      type: "array", label: "Row actions",
      arrayFields: { type: { type: "select", options: options(["edit", "delete", "runFlow"]) }, entity: entitySelect, modal: { type: "text" }, flow: { type: "text" } },
      getItemSummary: (a: Props_) => `${str(a["type"] as Json)} ${str((a["modal"] ?? a["flow"] ?? a["entity"]) as Json)}`,
    },
    position: positionField,
  };
  const form: Fields = {
    entity: entitySelect,
    mode: { type: "radio", label: "Mode", options: options(["create", "edit"]) },
    fields: fieldPicker(model, "Fields"),
    submitLabel: { type: "text", label: "Submit label" },
    onSuccess: actionField(model, modals, "On success"),
    position: positionField,
  };
  return {
    // A page's own settings (name, route, title) are edited above the canvas.
    root: { fields: {} },
    components: {
      DataGrid: {
        label: "Data grid",
        fields: grid,
        defaultProps: { entity: entities[0] ?? "" },
        render: real("DataGrid"),
      },
      TorqueForm: {
        label: "Form",
        fields: form,
        defaultProps: { entity: entities[0] ?? "", mode: "create" },
        render: real("TorqueForm"),
      },
      TorqueButton: {
        label: "Button",
        fields: {
          label: { type: "text", label: "Label" },
          variant: { type: "select", label: "Variant", options: options(["filled", "light", "outline", "subtle", "danger"]) },
          action: actionField(model, modals),
          position: positionField,
        },
        defaultProps: { label: "Button", action: { type: "refresh" } },
        render: real("TorqueButton"),
      },
      Text: {
        label: "Text",
        fields: {
          text: { type: "textarea", label: "Text" },
          variant: { type: "select", label: "Variant", options: options(["h1", "h2", "h3", "body", "caption"]) },
          position: positionField,
        },
        defaultProps: { text: "Text" },
        render: real("Text"),
      },
      Container: {
        label: "Container",
        fields: {
          direction: { type: "radio", label: "Direction", options: options(["column", "row"]) },
          children: { type: "slot" },
          position: positionField,
        },
        render: (p) => {
          const Slot = p["children"] as (props: { style?: React.CSSProperties }) => ReactNode;
          const row = p["direction"] === "row";
          return frame("Container", p.id, (
            <CanvasContainer direction={p["direction"]}>
              <Slot style={{ display: "flex", flexDirection: row ? "row" : "column", gap: 6, minHeight: 40 }} />
            </CanvasContainer>
          ));
        },
      },
      Modal: {
        label: "Modal",
        fields: { title: { type: "text", label: "Title" }, children: { type: "slot" } },
        defaultProps: { title: "Dialog" },
        render: (p) => {
          const Slot = p["children"] as (props: { style?: React.CSSProperties }) => ReactNode;
          return frame("Modal", p.id, (
            <Stack gap={4} style={{ borderLeft: "3px solid var(--mantine-color-violet-5)", paddingLeft: 6 }}>
              <Group gap="xs"><Text fw={600} size="sm">{str(p["title"] as Json)}</Text><Badge size="xs" color="violet" variant="light">modal (opens on an action)</Badge></Group>
              <Slot style={{ minHeight: 40 }} />
            </Stack>
          ));
        },
      },
    },
  } as Config;
}

function modelIdsDiffer(content: ComponentData[], components: JsonObject[]): boolean {
  return content.some((c, i) => {
    const model = components[i];
    const kids = (c.props as Props_)["children"];
    return str((c.props as Props_)["id"] as Json) !== str(model?.["id"])
      || (Array.isArray(kids) && modelIdsDiffer(kids as ComponentData[], asArray(model?.["children"]).filter(isObject)));
  });
}

function modalIds(content: ComponentData[]): string[] {
  const out: string[] = [];
  const walk = (items: ComponentData[]) => items.forEach((c) => {
    if (c.type === "Modal") out.push(str((c.props as Props_)["id"] as Json));
    const kids = (c.props as Props_)["children"];
    if (Array.isArray(kids)) walk(kids as ComponentData[]);
  });
  walk(content);
  return out;
}

export function PageEditor({ model, edit, diagnostics, focus }: Props) {
  const layouts = asArray(model["layouts"]);
  const focusIndex = /^\/layouts\/(\d+)/.exec(focus ?? "");
  const [index, setIndex] = useState(focusIndex ? Number(focusIndex[1]) : 0);
  useEffect(() => { if (focusIndex) setIndex(Number(focusIndex[1])); }, [focus]);
  const layout = layouts[index];
  const components = isObject(layout) ? layout["components"] : undefined;
  const currentJson = JSON.stringify(components ?? []);
  // Puck keeps its own state while it edits; it is rebuilt from the file only when the file's
  // page differs from what the editor itself last saved (undo, another tab, a text editor).
  const lastSaved = useRef<string>(currentJson);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (currentJson !== lastSaved.current) {
      lastSaved.current = currentJson;
      setGeneration((g) => g + 1);
    }
  }, [currentJson]);
  const latest = useRef<Data | null>(null);
  const modalsRef = useRef<string[]>([]);
  const config = useMemo(() => buildConfig(model, () => modalsRef.current), [model]);
  const data = useMemo<Data>(() => ({ root: { props: {} }, content: toPuck(components) }),
    [generation, index]);
  modalsRef.current = modalIds((latest.current ?? data).content);
  const timer = useRef<number | undefined>(undefined);

  const pageName = isObject(layout) ? str(layout["name"]) : "";
  const save = (next: Data) => {
    latest.current = next;
    window.clearTimeout(timer.current);
    // Typing in a property panel reports every keystroke: save once the typing pauses.
    timer.current = window.setTimeout(() => {
      const taken = allIds(model);
      modalIds(next.content).forEach((id) => taken.delete(id));
      const walk = (items: ComponentData[]) => items.forEach((c) => {
        taken.delete(str((c.props as Props_)["id"] as Json));
        const kids = (c.props as Props_)["children"];
        if (Array.isArray(kids)) walk(kids as ComponentData[]);
      });
      walk(next.content);
      const originals = byId(components);
      const value = placeNew(fromPuck(next.content, taken, originals), originals);
      const json = JSON.stringify(value);
      if (json === lastSaved.current) return;
      // A dropped component got its model id here: Puck must be rebuilt from the saved page
      // so that it uses that id too (else its next save would mint another one).
      const renamedDrop = modelIdsDiffer(next.content, value);
      lastSaved.current = renamedDrop ? "" : json;
      edit(listOps(`/layouts/${index}/components`, asArray(components).filter(isObject), value), `edit page ${pageName}`);
    }, 300);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const addPage = () => {
    const name = freshName(layouts.filter(isObject).map((l) => str(l["name"])), "newPage");
    const routes = layouts.filter(isObject).map((l) => str(l["route"]));
    let route = `/${kebab(name)}`;
    for (let n = 2; routes.includes(route); n++) route = `/${kebab(name)}-${n}`;
    const ids = allIds(model);
    let id = `page-${kebab(name)}`;
    for (let n = 2; ids.has(id); n++) id = `page-${kebab(name)}-${n}`;
    edit([{ op: "insert", path: "/layouts/-", value: { id, name, route, title: "New page", components: [] } }], `add page ${name}`);
    setIndex(layouts.length);
  };
  // The canvas loads its data as one of the model's roles (tokens never live in the model).
  const roles = asArray(isObject(model["auth"]) ? model["auth"]["roles"] : undefined).filter(isObject).map((r) => str(r["name"])).filter(Boolean);
  const [chosenRole, setRole] = useState<string | null>(null);
  const role = chosenRole !== null && roles.includes(chosenRole) ? chosenRole : roles[0] ?? null;
  const served = useServedApp(model);
  const canvasRole = served?.auth ? role : null;
  const problems = diagnostics.filter((d) => d.pointer?.startsWith(`/layouts/${index}/`) || d.pointer === `/layouts/${index}`);

  return (
    <Stack gap="sm" aria-label="page editor">
      <Group align="end">
        <Title order={3}>Pages</Title>
        <NativeSelect size="xs" aria-label="page" value={String(index)}
          data={layouts.map((l, i) => ({ value: String(i), label: isObject(l) ? `${str(l["name"])} (${str(l["route"])})` : `#${i}` }))}
          onChange={(e) => setIndex(Number(e.currentTarget.value))} />
        <Button size="xs" variant="light" onClick={addPage}>Add page</Button>
        {roles.length > 0 && (
          <NativeSelect size="xs" label="Data as role" aria-label="canvas role" value={role ?? ""}
            data={options(roles)} onChange={(e) => setRole(e.currentTarget.value)} />
        )}
        {isObject(layout) && (
          <Button size="xs" color="red" variant="subtle" ml="auto"
            onClick={() => { edit([{ op: "remove", path: `/layouts/${index}` }], `remove page ${pageName}`); setIndex(0); }}>Remove page</Button>
        )}
      </Group>
      {isObject(layout) ? (
        <>
          <Group align="start">
            <CommitInput label="Page name" value={pageName} onCommit={(v) => edit([{ op: "set", path: `/layouts/${index}/name`, value: v }], `rename page ${pageName}`)} />
            <CommitInput label="Route" value={str(layout["route"])} onCommit={(v) => edit([{ op: "set", path: `/layouts/${index}/route`, value: v }], `route of ${pageName}`)} />
            <CommitInput label="Page title" value={str(layout["title"])} width={240}
              onCommit={(v) => edit([v ? { op: "set", path: `/layouts/${index}/title`, value: v } : { op: "remove", path: `/layouts/${index}/title` }], `title of ${pageName}`)} />
            <NativeSelect size="xs" label="Navigation order" aria-label="navigation order" value={String(index)}
              data={layouts.map((_l, i) => ({ value: String(i), label: String(i + 1) }))}
              onChange={(e) => {
                const to = Number(e.currentTarget.value);
                if (to !== index) { edit([{ op: "move", from: `/layouts/${index}`, path: `/layouts/${to}` }], `move page ${pageName}`); setIndex(to); }
              }} />
          </Group>
          {problems.map((d, i) => <Text key={i} size="xs" c="red">{d.code} {d.pointer}: {d.message}</Text>)}
          <div style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 4 }} data-testid="puck">
            <CanvasHost app={served} role={canvasRole}>
              <Puck key={`${index}:${generation}:${canvasRole ?? ""}`} config={config} data={data} onChange={save} iframe={{ enabled: false }}
                height="calc(100vh - 240px)"
                // Undo and redo are the studio's (they restore the file's bytes across every editor):
                // Puck's own header, with its separate history, is left out.
                overrides={{ header: () => <></> }} />
            </CanvasHost>
          </div>
        </>
      ) : <Text c="dimmed">This model has no pages yet.</Text>}
    </Stack>
  );
}
