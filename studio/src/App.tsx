// Torque Studio: the visual editor of the model file that `torquec watch` serves.
// The file is the single source of truth: every change is sent as JSON-pointer
// operations on a version, and the studio shows what the server answers.
import { Alert, AppShell, Badge, Button, Group, NavLink, ScrollArea, Stack, Text, Title } from "@mantine/core";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import type { Diagnostic, EditOps, JsonObject, Outcome, State } from "./api";
import { api, asArray, freshId, freshName, isObject, keepUnchanged, loadDiagnostics, loadState, loadVersion, str } from "./api";
import { EntityList } from "./EntityList";
import { EntityEditor } from "./EntityEditor";
import { Relationships } from "./Relationships";
import { Roles } from "./Roles";
import { SampleData } from "./SampleData";

// The page and flow editors carry their own heavy libraries (Puck, CodeMirror): loaded when opened.
const PageEditor = lazy(() => import("./PageEditor").then((m) => ({ default: m.PageEditor })));
const JsonView = lazy(() => import("./JsonView").then((m) => ({ default: m.JsonView })));
const FlowEditor = lazy(() => import("./FlowEditor").then((m) => ({ default: m.FlowEditor })));
// So is the diagram (React Flow): the studio opens without it.
const Diagram = lazy(() => import("./Diagram").then((m) => ({ default: m.Diagram })));

/** `next`, sharing the parts of its model that did not change with `prev`'s (see keepUnchanged). */
function sharing(prev: State | null, next: State): State {
  return prev ? { ...next, model: keepUnchanged(prev.model, next.model) } : next;
}

type View = { kind: "entity"; index: number } | { kind: "diagram" } | { kind: "relationships" } | { kind: "roles" } | { kind: "sample" } | { kind: "json" } | { kind: "diagnostics" } | { kind: "pages" } | { kind: "flows" };

/** Where in the UI a JSON pointer is shown. */
function viewOf(pointer: string | null): View {
  const m = /^\/entities\/(\d+)/.exec(pointer ?? "");
  if (m) return { kind: "entity", index: Number(m[1]) };
  if (pointer?.startsWith("/relationships")) return { kind: "relationships" };
  if (pointer?.startsWith("/auth")) return { kind: "roles" };
  if (pointer?.startsWith("/sampleData")) return { kind: "sample" };
  if (pointer?.startsWith("/layouts")) return { kind: "pages" };
  if (pointer?.startsWith("/flows")) return { kind: "flows" };
  return { kind: "json" };
}

export function App() {
  const [state, setState] = useState<State | null>(null);
  const [view, setView] = useState<View>({ kind: "entity", index: 0 });
  const [focus, setFocus] = useState<string | null>(null);
  const [jsonLine, setJsonLine] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [build, setBuild] = useState<string>("");
  const [preview, setPreview] = useState(true);
  const stateRef = useRef<State | null>(null);
  const openEntity = useCallback((index: number) => { setView({ kind: "entity", index }); setFocus(null); }, []);
  stateRef.current = state;

  // The studio's own changes go one at a time, each on the version the previous one produced
  // (a quick second click must not look like a conflict with the first). Re-reads of the file
  // wait in the same queue: a read answered while an edit was in flight would otherwise put an
  // older version back and make the next edit a false conflict (its change lost).
  const queue = useRef<Promise<void>>(Promise.resolve());
  // At most one re-read waits in the queue: a burst of build events must not line up reads
  // in front of the user's next edit.
  const refreshWaiting = useRef(false);
  const refresh = useCallback(() => {
    if (refreshWaiting.current) return queue.current;
    refreshWaiting.current = true;
    queue.current = queue.current.then(async () => {
      refreshWaiting.current = false;
      try {
        // Most re-reads (the build events of the studio's own save) find the version it has:
        // ask for the version first instead of the whole file and its parse (1.8 MB for 200 entities).
        if (stateRef.current && (await loadVersion()) === stateRef.current.version) return;
        const next = await loadState();
        if (next.version !== stateRef.current?.version) {
          stateRef.current = sharing(stateRef.current, next);
          setState(stateRef.current);
        }
      } catch (e) {
        setProblem(String(e));
      }
    });
    return queue.current;
  }, []);

  useEffect(() => {
    void refresh();
    const events = new EventSource("/__torque/events");
    // A save (ours or anyone's) starts a build: fetch the file again.
    events.addEventListener("build-started", () => void refresh());
    events.addEventListener("build-failed", () => { setBuild("failed"); void refresh(); });
    events.addEventListener("build-succeeded", () => { setBuild("ok"); void refresh(); });
    // No reload of the preview here: the app in it follows the build itself (its dev script
    // re-renders from /__torque/app.json in place, and reloads only when it must).
    // Saves made elsewhere while watch is busy rebuilding reach the event stream only after that
    // build: a cheap version check twice a second shows them at once.
    const poll = window.setInterval(() => {
      void loadVersion().then((v) => { if (stateRef.current && v !== stateRef.current.version) void refresh(); }, () => undefined);
    }, 500);
    return () => { events.close(); window.clearInterval(poll); };
  }, [refresh]);

  const send = useCallback((request: (base: string, model: JsonObject) => Promise<Outcome> | null) => {
    queue.current = queue.current.then(async () => {
      const current = stateRef.current;
      if (!current) return;
      const pending = request(current.version, current.model ?? {});
      if (!pending) return;
      const outcome = await pending;
      const next = outcome.state;
      if (next) {
        stateRef.current = sharing(current, next);
        setState(stateRef.current);
      }
      setProblem(outcome.ok ? null : outcome.error);
    }).catch((e: unknown) => setProblem(String(e)));
  }, []);

  const edit = useCallback((ops: EditOps, label: string) => {
    if (Array.isArray(ops) && !ops.length) return;
    send((base, current) => {
      const list = typeof ops === "function" ? ops(current) : ops;
      return list.length ? api.edit(base, list, label) : null;
    });
  }, [send]);
  const rename = useCallback((pointer: string, name: string, label: string) => {
    send((base) => api.rename(base, pointer, name, label));
  }, [send]);
  const undo = useCallback(() => send((base) => api.undo(base)), [send]);
  const redo = useCallback(() => send((base) => api.redo(base)), [send]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA")) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
        e.preventDefault();
        if (e.shiftKey) redo(); else undo();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "y") {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);

  // A large file is checked after the edit is shown: fetch its diagnostics then.
  const pendingVersion = state && state.diagnostics === null ? state.version : null;
  useEffect(() => {
    if (pendingVersion === null) return;
    void loadDiagnostics().then((d) => {
      setState((s) => (s && s.version === d.version && s.diagnostics === null ? { ...s, diagnostics: d.diagnostics } : s));
    }, (e: unknown) => setProblem(String(e)));
  }, [pendingVersion]);

  if (!state) return <Text p="md">Loading the model…</Text>;
  const model: JsonObject = state.model ?? {};
  const entities = asArray(model["entities"]);
  const checking = state.diagnostics === null;
  const diagnostics = state.diagnostics ?? [];
  const errors = diagnostics.filter((d) => d.severity === "error");

  const go = (d: Diagnostic) => {
    const target = viewOf(d.pointer);
    setView(target.kind === "json" ? { kind: "json" } : target);
    setFocus(d.pointer);
    setJsonLine(target.kind === "json" ? d.line : null);
  };

  const addEntity = () => {
    const name = freshName(entities.filter(isObject).map((e) => str(e["name"])), "NewEntity");
    const entity = { id: freshId(model, "ent", name), name, fields: [{ id: freshId(model, `fld-${name}`, "name"), name: "name", type: "string", required: true }] };
    edit([{ op: "insert", path: "/entities/-", value: entity }], `add entity ${name}`);
    setView({ kind: "entity", index: entities.length });
  };

  const entityNames = entities.map((e) => (isObject(e) ? str(e["name"]) : "?"));
  // Problems per entity in one pass (the list asks for every row it shows).
  const problemsByEntity = new Map<number, number>();
  for (const d of diagnostics) {
    const m = /^\/entities\/(\d+)(?:\/|$)/.exec(d.pointer ?? "");
    if (m) problemsByEntity.set(Number(m[1]), (problemsByEntity.get(Number(m[1])) ?? 0) + 1);
  }
  const countAt = (prefix: string) => diagnostics.filter((d) => d.pointer === prefix || d.pointer?.startsWith(prefix + "/")).length;

  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 230, breakpoint: 0 }} aside={{ width: preview ? 520 : 0, breakpoint: 0, collapsed: { desktop: !preview } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm">
          <Title order={4}>Torque Studio</Title>
          <Text size="sm" c="dimmed">{str(model["title"]) || str(model["name"])}</Text>
          <Badge color={checking ? "gray" : errors.length ? "red" : "green"} variant="light" aria-label="diagnostics count">
            {checking ? "checking…" : errors.length ? `${errors.length} error(s)` : "no errors"}
          </Badge>
          {build && <Badge color={build === "ok" ? "green" : "orange"} variant="outline">build {build}</Badge>}
          <Text size="xs" c="dimmed" aria-label="version">v {state.version.slice(0, 8)}</Text>
          <Group gap={4} ml="auto">
            <Button size="xs" variant="default" onClick={undo} disabled={state.history.undo.length === 0}
              title={state.history.undo.at(-1) ?? ""}>Undo</Button>
            <Button size="xs" variant="default" onClick={redo} disabled={state.history.redo.length === 0}
              title={state.history.redo.at(-1) ?? ""}>Redo</Button>
            <Button size="xs" variant="light" onClick={() => setPreview((p) => !p)}>{preview ? "Hide preview" : "Show preview"}</Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <ScrollArea>
          <Text size="xs" fw={700} c="dimmed" mb={4}>ENTITIES</Text>
          <EntityList names={entityNames} active={view.kind === "entity" ? view.index : null}
            problems={(i) => problemsByEntity.get(i) ?? 0} open={openEntity} />
          <Button size="xs" variant="subtle" onClick={addEntity} mb="sm">Add entity</Button>
          <Text size="xs" fw={700} c="dimmed" mb={4}>MODEL</Text>
          <NavLink label="Diagram" active={view.kind === "diagram"} onClick={() => setView({ kind: "diagram" })} />
          <NavLink label="Relationships" active={view.kind === "relationships"} onClick={() => setView({ kind: "relationships" })}
            rightSection={countAt("/relationships") ? <Badge size="xs" color="red">{countAt("/relationships")}</Badge> : null} />
          <NavLink label="Pages" active={view.kind === "pages"} onClick={() => { setView({ kind: "pages" }); setFocus(null); }}
            rightSection={countAt("/layouts") ? <Badge size="xs" color="red">{countAt("/layouts")}</Badge> : null} />
          <NavLink label="Flows" active={view.kind === "flows"} onClick={() => { setView({ kind: "flows" }); setFocus(null); }}
            rightSection={countAt("/flows") ? <Badge size="xs" color="red">{countAt("/flows")}</Badge> : null} />
          <NavLink label="Roles" active={view.kind === "roles"} onClick={() => setView({ kind: "roles" })} />
          <NavLink label="Sample data" active={view.kind === "sample"} onClick={() => setView({ kind: "sample" })}
            rightSection={countAt("/sampleData") ? <Badge size="xs" color="red">{countAt("/sampleData")}</Badge> : null} />
          <NavLink label="JSON" active={view.kind === "json"} onClick={() => { setView({ kind: "json" }); setJsonLine(null); }} />
          <NavLink label={`Diagnostics (${diagnostics.length})`} active={view.kind === "diagnostics"} onClick={() => setView({ kind: "diagnostics" })} />
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Stack gap="sm">
          {problem && (
            <Alert color="red" title="Not saved" withCloseButton onClose={() => setProblem(null)} role="alert" aria-label="studio problem">
              {problem}
            </Alert>
          )}
          {state.model === null && <Alert color="orange">The file is not valid JSON: fix it in the JSON view.</Alert>}
          {view.kind === "entity" && state.model && <EntityEditor model={model} index={view.index} edit={edit} rename={rename} diagnostics={diagnostics} focus={focus} />}
          {view.kind === "diagram" && state.model && (
            <Suspense fallback={<Text size="sm" c="dimmed">Loading the diagram…</Text>}>
              <Diagram model={model} edit={edit} diagnostics={diagnostics} open={openEntity} />
            </Suspense>
          )}
          {view.kind === "relationships" && <Relationships model={model} edit={edit} diagnostics={diagnostics} focus={focus} />}
          {view.kind === "pages" && state.model && (
            <Suspense fallback={<Text size="sm" c="dimmed">Loading the page editor…</Text>}>
              <PageEditor model={model} edit={edit} diagnostics={diagnostics} focus={focus} />
            </Suspense>
          )}
          {view.kind === "flows" && state.model && (
            <Suspense fallback={<Text size="sm" c="dimmed">Loading the flow editor…</Text>}>
              <FlowEditor model={model} edit={edit} rename={rename} diagnostics={diagnostics} focus={focus} />
            </Suspense>
          )}
          {view.kind === "roles" && <Roles model={model} edit={edit} diagnostics={diagnostics} />}
          {view.kind === "sample" && <SampleData model={model} edit={edit} diagnostics={diagnostics} />}
          {view.kind === "json" && (
            <Suspense fallback={<Text size="sm" c="dimmed">Loading the JSON editor…</Text>}>
              <JsonView text={state.text} line={jsonLine} save={(text) => send((base) => api.text(base, text))} />
            </Suspense>
          )}
          {(view.kind === "diagnostics" || diagnostics.length > 0) && (
            <Stack gap={4} aria-label="diagnostics">
              <Text size="xs" fw={700} c="dimmed">DIAGNOSTICS</Text>
              {diagnostics.length === 0 && <Text size="sm" c="dimmed">The model checks clean.</Text>}
              {diagnostics.map((d, i) => (
                <Button key={i} variant="subtle" color={d.severity === "error" ? "red" : "yellow"} size="xs" justify="start"
                  aria-label={`diagnostic ${d.code}`} onClick={() => go(d)} styles={{ label: { whiteSpace: "normal", textAlign: "left" } }}>
                  {d.code} {d.pointer ?? ""} {d.line ? `(line ${d.line})` : ""}: {d.message}
                </Button>
              ))}
            </Stack>
          )}
        </Stack>
      </AppShell.Main>
      <AppShell.Aside p={0}>
        {preview && <iframe title="live preview" src="/" style={{ border: 0, width: "100%", height: "100%" }} />}
      </AppShell.Aside>
    </AppShell>
  );
}
