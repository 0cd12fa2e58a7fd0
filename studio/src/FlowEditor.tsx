// The flow editor: a flow's nodes and edges as a graph (React Flow), a palette with every node
// type, a form per node type with CodeMirror for its JavaScript (the compiler's diagnostics marked
// where they point), and a Run panel that runs the flow in the running app (`executeXFlow` with
// its trace, as the role chosen when the model has `auth`) and shows the output and what each node did. Loaded on demand (CodeMirror).
// Node positions are saved in the model's `ui.flows.<flow id>.positions` (editor-only settings).
import { Alert, Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, Title } from "@mantine/core";
import {
  Background, Controls, Handle, type Connection, type Edge, type Node, type NodeProps, Position, ReactFlow, useNodesState,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect, useMemo, useState } from "react";
import type { Diagnostic, Json, JsonObject, Op } from "./api";
import { allIds, asArray, freshName, isObject, kebab, str, tok } from "./api";
import { CodeField } from "./CodeField";
import { Choice, CommitInput } from "./inputs";

interface Props {
  model: JsonObject;
  edit: (ops: Op[], label: string) => void;
  rename: (pointer: string, name: string, label: string) => void;
  diagnostics: Diagnostic[];
  focus: string | null;
}

export const NODE_TYPES = ["start", "end", "javascript", "transform", "condition", "entityRead", "entityWrite",
  "httpRequest", "parallel", "error"] as const;
// The keys of each node type that hold JavaScript (edited in CodeMirror).
const CODE_KEYS: Record<string, string[]> = {
  end: ["output"], javascript: ["code"], transform: ["expression"], condition: ["expression"],
  entityRead: ["recordId"], entityWrite: ["data", "recordId"], httpRequest: ["url", "body"],
};

function newNode(type: string, id: string, entity: string): JsonObject {
  switch (type) {
    case "javascript": return { id, type, code: "return prev;" };
    case "transform": return { id, type, expression: "prev" };
    case "condition": return { id, type, expression: "prev !== null" };
    case "entityRead": return { id, type, entity, recordId: "input.id" };
    case "entityWrite": return { id, type, entity, operation: "create", data: "input" };
    case "httpRequest": return { id, type, method: "GET", url: "'https://example.com/'" };
    case "error": return { id, type, message: "failed" };
    default: return { id, type };
  }
}

type FlowNodeData = { id: string; type: string; label: string; problems: number };
type FlowNode = Node<FlowNodeData, "flowNode">;

function FlowBox({ data, selected }: NodeProps<FlowNode>) {
  const color = data.type === "start" || data.type === "end" ? "gray" : data.type === "error" ? "red" : "blue";
  return (
    <Paper withBorder shadow="xs" p={6} miw={140} aria-label={`flow node ${data.id}`}
      style={{ borderColor: data.problems ? "var(--mantine-color-red-6)" : selected ? "var(--mantine-color-blue-6)" : undefined, fontSize: 12 }}>
      {data.type !== "start" && <Handle type="target" position={Position.Top} />}
      <Group gap={4} justify="space-between">
        <Text fw={700} size="sm">{data.id}</Text>
        <Badge size="xs" variant="light" color={color}>{data.type}</Badge>
      </Group>
      {data.label && <Text size="xs" c="dimmed">{data.label}</Text>}
      {data.problems > 0 && <Badge size="xs" color="red" aria-label={`node ${data.id} has problems`}>{data.problems}</Badge>}
      {data.type !== "end" && data.type !== "error" && <Handle type="source" position={Position.Bottom} />}
    </Paper>
  );
}

const nodeTypes = { flowNode: FlowBox };

/** Layers by distance from start: readable without saved positions. */
function layered(nodes: JsonObject[], edges: JsonObject[]): Record<string, { x: number; y: number }> {
  const depth = new Map<string, number>();
  const start = nodes.find((n) => n["type"] === "start");
  const queue = start ? [str(start["id"])] : [];
  if (start) depth.set(str(start["id"]), 0);
  while (queue.length) {
    const id = queue.shift() as string;
    for (const e of edges) {
      const to = str(e["to"]);
      if (e["from"] === id && !depth.has(to)) { depth.set(to, (depth.get(id) ?? 0) + 1); queue.push(to); }
    }
  }
  const perLayer = new Map<number, number>();
  const out: Record<string, { x: number; y: number }> = {};
  for (const n of nodes) {
    const d = depth.get(str(n["id"])) ?? (Math.max(0, ...depth.values()) + 1);
    const k = perLayer.get(d) ?? 0;
    perLayer.set(d, k + 1);
    out[str(n["id"])] = { x: k * 200, y: d * 110 };
  }
  return out;
}

function problemsAt(diagnostics: Diagnostic[], pointer: string): Diagnostic[] {
  return diagnostics.filter((d) => d.pointer === pointer || d.pointer?.startsWith(pointer + "/"));
}

export function FlowEditor({ model, edit, rename, diagnostics, focus }: Props) {
  const flows = asArray(model["flows"]);
  const focusMatch = /^\/flows\/(\d+)(?:\/nodes\/(\d+))?/.exec(focus ?? "");
  const [index, setIndex] = useState(focusMatch ? Number(focusMatch[1]) : 0);
  const [selected, setSelected] = useState<{ kind: "node" | "edge"; index: number } | null>(
    focusMatch?.[2] !== undefined ? { kind: "node", index: Number(focusMatch[2]) } : null);
  useEffect(() => {
    if (!focusMatch) return;
    setIndex(Number(focusMatch[1]));
    if (focusMatch[2] !== undefined) setSelected({ kind: "node", index: Number(focusMatch[2]) });
  }, [focus]);
  const flow = flows[index];
  const base = `/flows/${index}`;
  // Memoised on the flow (a new model object only when the file changed), so the graph below
  // is rebuilt only then.
  const nodes = useMemo(() => asArray(isObject(flow) ? flow["nodes"] : undefined).filter(isObject), [flow]);
  const edges = useMemo(() => asArray(isObject(flow) ? flow["edges"] : undefined).filter(isObject), [flow]);
  const flowObj: JsonObject = isObject(flow) ? flow : {};
  const flowId = str(flowObj["id"]);
  const entities = asArray(model["entities"]).filter(isObject).map((e) => str(e["name"]));

  const saved = useMemo(() => {
    const ui = model["ui"];
    const byFlow = isObject(ui) && isObject(ui["flows"]) ? ui["flows"][flowId] : undefined;
    return isObject(byFlow) && isObject(byFlow["positions"]) ? byFlow["positions"] : {};
  }, [model, flowId]);
  const fallback = useMemo(() => layered(nodes, edges), [nodes, edges]);
  const graphNodes: FlowNode[] = useMemo(() => nodes.map((n, i) => {
    const id = str(n["id"]);
    const p = saved[id];
    const position = isObject(p) && typeof p["x"] === "number" && typeof p["y"] === "number" ? { x: p["x"], y: p["y"] } : fallback[id] ?? { x: 0, y: 0 };
    return { id, type: "flowNode" as const, position, selected: selected?.kind === "node" && selected.index === i,
      data: { id, type: str(n["type"]), label: str(n["name"]), problems: problemsAt(diagnostics, `${base}/nodes/${i}`).length } };
  }), [nodes, saved, fallback, diagnostics, base, selected]);
  const [shown, setShown, onNodesChange] = useNodesState<FlowNode>(graphNodes);
  useEffect(() => setShown(graphNodes), [graphNodes, setShown]);
  const graphEdges: Edge[] = edges.map((e, i) => ({
    id: `e${i}`, source: str(e["from"]), target: str(e["to"]), label: e["condition"] !== undefined ? str(e["condition"]) : undefined,
    selected: selected?.kind === "edge" && selected.index === i, ariaLabel: `edge ${str(e["from"])} to ${str(e["to"])}`,
  }));

  const positionOps = (positions: Record<string, { x: number; y: number }>): Op[] => {
    const rounded: JsonObject = Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]));
    const ui = model["ui"];
    if (!isObject(ui)) return [{ op: "set", path: "/ui", value: { flows: { [flowId]: { positions: rounded } } } }];
    if (!isObject(ui["flows"])) return [{ op: "set", path: "/ui/flows", value: { [flowId]: { positions: rounded } } }];
    const mine = ui["flows"][flowId];
    if (!isObject(mine) || !isObject(mine["positions"])) return [{ op: "set", path: `/ui/flows/${tok(flowId)}`, value: { positions: rounded } }];
    return Object.entries(rounded).map(([id, p]) => ({ op: "set", path: `/ui/flows/${tok(flowId)}/positions/${tok(id)}`, value: p }));
  };

  const addFlow = () => {
    const name = freshName(flows.filter(isObject).map((f) => str(f["name"])), "newFlow");
    const ids = allIds(model);
    let id = `flow-${kebab(name)}`;
    for (let n = 2; ids.has(id); n++) id = `flow-${kebab(name)}-${n}`;
    edit([{ op: "insert", path: "/flows/-", value: { id, name, trigger: { type: "manual" },
      nodes: [{ id: "start", type: "start" }, { id: "end", type: "end" }], edges: [{ from: "start", to: "end" }] } }], `add flow ${name}`);
    setIndex(flows.length);
    setSelected(null);
  };
  const addNode = (type: string) => {
    const taken = nodes.map((n) => str(n["id"]));
    const id = freshName(taken, type === "javascript" ? "script" : type);
    // Beside the graph, so it is in view (the canvas fits itself to the nodes again).
    const xs = shown.map((n) => n.position.x);
    const ys = shown.map((n) => n.position.y);
    const at = { x: Math.max(0, ...xs) + 220, y: ys.length ? (Math.min(...ys) + Math.max(...ys)) / 2 : 0 };
    edit([{ op: "insert", path: `${base}/nodes/-`, value: newNode(type, id, entities[0] ?? "") }, ...positionOps({ [id]: at })],
      `add ${type} node ${id}`);
    setSelected({ kind: "node", index: nodes.length });
  };
  const connect = (c: Connection) => {
    if (!c.source || !c.target || edges.some((e) => e["from"] === c.source && e["to"] === c.target)) return;
    const from = nodes.find((n) => n["id"] === c.source);
    const edge: JsonObject = { from: c.source, to: c.target };
    if (from?.["type"] === "condition") edge["condition"] = edges.some((e) => e["from"] === c.source && e["condition"] === "true") ? "false" : "true";
    edit([{ op: "insert", path: `${base}/edges/-`, value: edge }], `connect ${c.source} → ${c.target}`);
  };
  const removeNode = (i: number) => {
    const id = str(nodes[i]?.["id"]);
    // Edges last to first so each index is still right when its turn comes.
    const ops: Op[] = edges.map((e, j) => [e, j] as const).filter(([e]) => e["from"] === id || e["to"] === id)
      .reverse().map(([, j]) => ({ op: "remove", path: `${base}/edges/${j}` }));
    ops.push({ op: "remove", path: `${base}/nodes/${i}` });
    edit(ops, `remove node ${id}`);
    setSelected(null);
  };

  if (!isObject(flow)) {
    return (
      <Stack>
        <Title order={3}>Flows</Title>
        <Text c="dimmed">This model has no flows yet.</Text>
        <Button w={160} onClick={addFlow}>Add flow</Button>
      </Stack>
    );
  }
  const flowName = str(flow["name"]);
  const trigger = isObject(flow["trigger"]) ? flow["trigger"] : { type: "manual" };
  const setTrigger = (next: JsonObject) => edit([{ op: "set", path: `${base}/trigger`, value: next }], `trigger of ${flowName}`);
  const chosenNode = selected?.kind === "node" ? nodes[selected.index] : undefined;
  const chosenEdge = selected?.kind === "edge" ? edges[selected.index] : undefined;

  return (
    <Stack gap="xs" aria-label="flow editor">
      <Group align="end">
        <Title order={3}>Flows</Title>
        <NativeSelect size="xs" aria-label="flow" value={String(index)}
          data={flows.map((f, i) => ({ value: String(i), label: isObject(f) ? str(f["name"]) : `#${i}` }))}
          onChange={(e) => { setIndex(Number(e.currentTarget.value)); setSelected(null); }} />
        <Button size="xs" variant="light" onClick={addFlow}>Add flow</Button>
        <Button size="xs" color="red" variant="subtle" ml="auto"
          onClick={() => { edit([{ op: "remove", path: base }], `remove flow ${flowName}`); setIndex(0); setSelected(null); }}>Remove flow</Button>
      </Group>
      <Group align="end" gap="xs">
        <CommitInput label="Flow name" value={flowName} onCommit={(v) => v && rename(`${base}/name`, v, `rename flow ${flowName} to ${v}`)} />
        <Choice label="Trigger" value={str(trigger["type"])} options={["manual", "entity", "webhook", "schedule"]} width={110}
          onChange={(t) => setTrigger(t === "entity" ? { type: t, entity: entities[0] ?? "", event: "update", phase: "before" }
            : t === "webhook" ? { type: t, path: `/hooks/${kebab(flowName)}`, method: "POST" }
              : t === "schedule" ? { type: t, intervalSeconds: 3600 } : { type: t })} />
        {trigger["type"] === "entity" && (<>
          <Choice label="Trigger entity" value={str(trigger["entity"])} options={entities} width={130} onChange={(v) => setTrigger({ ...trigger, entity: v })} />
          <Choice label="Event" value={str(trigger["event"])} options={["create", "update", "delete"]} width={100} onChange={(v) => setTrigger({ ...trigger, event: v })} />
          <Choice label="Phase" value={str(trigger["phase"])} options={["before", "after"]} width={90} onChange={(v) => setTrigger({ ...trigger, phase: v })} />
        </>)}
        {trigger["type"] === "webhook" && (
          <CommitInput label="Webhook path" value={str(trigger["path"])} onCommit={(v) => setTrigger({ ...trigger, path: v })} />
        )}
        {trigger["type"] === "schedule" && (
          <CommitInput label="Every (seconds)" value={String(trigger["intervalSeconds"] ?? "")} width={110}
            onCommit={(v) => setTrigger({ type: "schedule", intervalSeconds: Number(v) || 60 })} />
        )}
        <Choice label="Runs as" value={str(flow["runAs"]) || "caller"} options={["caller", "system"]} width={100}
          onChange={(v) => edit(([v === "caller" ? { op: "remove", path: `${base}/runAs` } : { op: "set", path: `${base}/runAs`, value: v }] as Op[])
            .filter((op) => op.op === "set" || "runAs" in flow), `runAs of ${flowName}`)} />
      </Group>
      {problemsAt(diagnostics, base).filter((d) => !/\/nodes\/\d+/.test(d.pointer ?? "")).map((d, i) => (
        <Text key={i} size="xs" c="red">{d.code} {d.pointer}: {d.message}</Text>
      ))}
      <Group gap={4} aria-label="node palette">
        <Text size="xs" c="dimmed">Add node:</Text>
        {NODE_TYPES.map((t) => <Button key={t} size="compact-xs" variant="default" onClick={() => addNode(t)}>{t}</Button>)}
        <Button size="compact-xs" variant="subtle" ml="auto" onClick={() => edit(positionOps(layered(nodes, edges)), `auto layout ${flowName}`)}>Auto layout</Button>
      </Group>
      <Group align="start" gap="sm" wrap="nowrap">
        <div style={{ flex: 1, height: "calc(100vh - 430px)", minHeight: 280, border: "1px solid var(--mantine-color-gray-3)" }} aria-label="flow graph">
          <ReactFlow key={`${index}:${nodes.length}`} fitViewOptions={{ maxZoom: 1 }} nodes={shown} edges={graphEdges} nodeTypes={nodeTypes} onNodesChange={onNodesChange} onConnect={connect}
            onNodeClick={(_, n) => setSelected({ kind: "node", index: nodes.findIndex((x) => x["id"] === n.id) })}
            onEdgeClick={(_, e) => setSelected({ kind: "edge", index: Number(e.id.slice(1)) })}
            onPaneClick={() => setSelected(null)}
            onNodeDragStop={(_, n) => edit(positionOps({ [n.id]: n.position }), `move node ${n.id}`)}
            deleteKeyCode={null} fitView minZoom={0.2}>
            <Background />
            <Controls />
          </ReactFlow>
        </div>
        <Paper withBorder p="xs" w={420} style={{ flexShrink: 0, maxHeight: "calc(100vh - 430px)", overflow: "auto" }} aria-label="node settings">
          {chosenNode && selected ? (
            <NodeForm key={`${index}:${selected.index}`} node={chosenNode} pointer={`${base}/nodes/${selected.index}`} entities={entities}
              edit={edit} rename={rename} diagnostics={diagnostics} remove={() => removeNode(selected.index)} />
          ) : chosenEdge && selected ? (
            <Stack gap="xs">
              <Text fw={600} size="sm">Edge {str(chosenEdge["from"])} → {str(chosenEdge["to"])}</Text>
              <CommitInput label="Condition" value={str(chosenEdge["condition"])} placeholder="(default edge)"
                onCommit={(v) => edit([v ? { op: "set", path: `${base}/edges/${selected.index}/condition`, value: v }
                  : { op: "remove", path: `${base}/edges/${selected.index}/condition` }], "edge condition")} />
              <Button size="xs" color="red" variant="subtle" onClick={() => { edit([{ op: "remove", path: `${base}/edges/${selected.index}` }], "remove edge"); setSelected(null); }}>Remove edge</Button>
            </Stack>
          ) : <Text size="xs" c="dimmed">Click a node or an edge to edit it; drag from a node's lower dot to another node to connect them.</Text>}
        </Paper>
      </Group>
      <RunPanel flowName={flowName} roles={roleNames(model)} />
    </Stack>
  );
}

interface NodeFormProps {
  node: JsonObject;
  pointer: string;
  entities: string[];
  edit: (ops: Op[], label: string) => void;
  rename: (pointer: string, name: string, label: string) => void;
  diagnostics: Diagnostic[];
  remove: () => void;
}

function NodeForm({ node, pointer, entities, edit, rename, diagnostics, remove }: NodeFormProps) {
  const id = str(node["id"]);
  const type = str(node["type"]);
  const set = (key: string, value: Json | undefined, label: string) =>
    edit(([value === undefined || value === "" ? { op: "remove", path: `${pointer}/${key}` } : { op: "set", path: `${pointer}/${key}`, value }] as Op[])
      .filter((op) => op.op === "set" || key in node), label);
  const text = (key: string, label: string) => (
    <CommitInput key={key} label={label} value={str(node[key])} width={380} onCommit={(v) => set(key, v, `${key} of ${id}`)} />
  );
  const code = (key: string, label: string) => (
    <Stack key={key} gap={2}>
      <Text size="xs" fw={500}>{label}</Text>
      <CodeField label={`${id} ${key}`} value={str(node[key])} onCommit={(v) => set(key, v, `${key} of ${id}`)}
        diagnostics={diagnostics.filter((d) => d.pointer === `${pointer}/${key}` && d.valueOffset !== undefined)} />
    </Stack>
  );
  const problems = problemsAt(diagnostics, pointer);
  return (
    <Stack gap="xs" aria-label={`node ${id} settings`}>
      <Group justify="space-between">
        <Text fw={700} size="sm">{type} node</Text>
        {type !== "start" && <Button size="compact-xs" color="red" variant="subtle" onClick={remove}>Remove node</Button>}
      </Group>
      <CommitInput label="Node id" value={id} onCommit={(v) => v && rename(`${pointer}/id`, v, `rename node ${id} to ${v}`)} />
      {text("name", "Label")}
      {(type === "entityRead" || type === "entityWrite") && (
        <Choice label="Entity" value={str(node["entity"])} options={entities} onChange={(v) => set("entity", v, `entity of ${id}`)} />
      )}
      {type === "entityWrite" && (
        <Choice label="Operation" value={str(node["operation"])} options={["create", "update", "delete"]} onChange={(v) => set("operation", v, `operation of ${id}`)} />
      )}
      {type === "httpRequest" && (
        <Choice label="Method" value={str(node["method"])} options={["GET", "POST", "PUT", "PATCH", "DELETE"]} onChange={(v) => set("method", v, `method of ${id}`)} />
      )}
      {type === "error" && text("message", "Message (template)")}
      {type === "error" && text("errorCode", "Error code")}
      {(CODE_KEYS[type] ?? []).map((key) => code(key, key === "code" ? "JavaScript (function body)" : `${key} (JavaScript expression)`))}
      {problems.filter((d) => d.valueOffset === undefined || !(CODE_KEYS[type] ?? []).some((k) => d.pointer === `${pointer}/${k}`)).map((d, i) => (
        <Text key={i} size="xs" c="red">{d.code} {d.pointer}: {d.message}</Text>
      ))}
    </Stack>
  );
}

type Trace = { node?: string; type?: string; ms?: number; status?: string; output?: Json; error?: Json }[];

/** The model's role names (none without `auth`: the app lets everyone run everything). */
function roleNames(model: JsonObject): string[] {
  const auth = model["auth"];
  return isObject(auth) ? asArray(auth["roles"]).filter(isObject).map((r) => str(r["name"])).filter(Boolean) : [];
}

/** Runs the flow in the running app, with its trace: input in, output (or the failure) and each node out.
 *  The studio holds no token (tokens are not in the model): it names the role to run as, and the
 *  dev route (behind the session's secret) runs the flow as that role. */
function RunPanel({ flowName, roles }: { flowName: string; roles: string[] }) {
  const [input, setInput] = useState("{}");
  const [chosenRole, setRole] = useState<string>("");
  const role = roles.includes(chosenRole) ? chosenRole : roles[0] ?? "";
  const [result, setResult] = useState<{ output?: Json; trace?: Trace; error?: JsonObject } | null>(null);
  const [running, setRunning] = useState(false);
  const run = async () => {
    let parsed: Json;
    try {
      parsed = JSON.parse(input) as Json;
    } catch (e) {
      setResult({ error: { message: `the input is not JSON: ${String(e)}` } });
      return;
    }
    setRunning(true);
    try {
      const res = await fetch("/__torque/studio/api/run", {
        method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ flow: flowName, input: parsed, ...(role ? { role } : {}) }),
      });
      const body = (await res.json()) as { result?: { output?: Json; trace?: Trace }; error?: JsonObject | string };
      const error = typeof body.error === "string" ? { message: body.error } : body.error;
      setResult(error ? { error } : body.result ?? {});
    } catch (e) {
      setResult({ error: { message: String(e) } });
    } finally {
      setRunning(false);
    }
  };
  const failure = result?.error;
  const data = failure && isObject(failure["data"]) ? failure["data"] : null;
  return (
    <Paper withBorder p="xs" aria-label="run panel">
      <Group align="end" gap="xs">
        <Textarea label="Input (JSON)" aria-label="flow input" value={input} onChange={(e) => setInput(e.currentTarget.value)}
          autosize minRows={1} maxRows={6} w={360} styles={{ input: { fontFamily: "monospace", fontSize: 12 } }} />
        {roles.length > 0 && (
          <NativeSelect label="As role" aria-label="run as role" size="xs" data={roles} value={role}
            onChange={(e) => setRole(e.currentTarget.value)} />
        )}
        <Button size="xs" onClick={() => void run()} loading={running}>Run {flowName}</Button>
        <Text size="xs" c="dimmed">runs in the running app (its last good build) with executeXFlow and its trace{roles.length > 0 ? ", as the chosen role" : ""}</Text>
      </Group>
      {failure && (
        <Alert color="red" mt="xs" aria-label="run failed" title={`Failed${data?.["node"] ? ` at node ${str(data["node"])}` : ""}`}>
          {str(failure["message"])}{data?.["message"] ? `: ${str(data["message"])}` : ""}
        </Alert>
      )}
      {result && !failure && (
        <Text size="sm" mt="xs" aria-label="run output" style={{ fontFamily: "monospace" }}>output: {JSON.stringify(result.output)}</Text>
      )}
      {result?.trace && (
        <Table mt="xs" withTableBorder aria-label="run trace" fz="xs">
          <Table.Thead><Table.Tr><Table.Th>node</Table.Th><Table.Th>type</Table.Th><Table.Th>ms</Table.Th><Table.Th>status</Table.Th><Table.Th>output</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>{result.trace.map((t, i) => (
            <Table.Tr key={i} aria-label={`trace ${str(t.node ?? "")}`}>
              <Table.Td>{t.node}</Table.Td><Table.Td>{t.type}</Table.Td><Table.Td>{t.ms}</Table.Td><Table.Td>{t.status}</Table.Td>
              <Table.Td style={{ fontFamily: "monospace" }}>{JSON.stringify(t.output ?? t.error ?? null)}</Table.Td>
            </Table.Tr>
          ))}</Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
