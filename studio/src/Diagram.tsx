// The ER diagram: entities as nodes with their fields, relationships as edges. Drag from one
// entity's handle to another's to create a relationship; positions are saved in the model's
// `ui.diagram.positions` (keyed by entity id, so they survive renames).
import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import {
  Background, Controls, Handle, type Connection, type Edge, type Node, type NodeProps, Position, ReactFlow,
  useNodesState,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useEffect, useMemo } from "react";
import type { Diagnostic, Json, JsonObject, Op } from "./api";
import { asArray, isObject, str, tok } from "./api";
import { newRelationshipOps } from "./Relationships";

interface Props {
  model: JsonObject;
  edit: (ops: Op[], label: string) => void;
  diagnostics: Diagnostic[];
  open: (entityIndex: number) => void;
}

type EntityData = { name: string; fields: string[]; problems: number; index: number; open: (i: number) => void };
type EntityNode = Node<EntityData, "entity">;

function EntityBox({ data }: NodeProps<EntityNode>) {
  return (
    <Paper withBorder shadow="xs" p={6} miw={170} aria-label={`diagram entity ${data.name}`}
      style={{ borderColor: data.problems ? "var(--mantine-color-red-6)" : undefined, fontSize: 12 }}
      onDoubleClick={() => data.open(data.index)}>
      <Handle type="target" position={Position.Left} />
      <Group gap={4} justify="space-between">
        <Text fw={700} size="sm">{data.name}</Text>
        {data.problems > 0 && <Badge size="xs" color="red">{data.problems}</Badge>}
      </Group>
      {data.fields.map((f) => <Text key={f} size="xs" c="dimmed">{f}</Text>)}
      <Handle type="source" position={Position.Right} />
    </Paper>
  );
}

const nodeTypes = { entity: EntityBox };

/** A grid, most connected entities first: readable without any saved position. */
export function autoLayout(model: JsonObject): Record<string, { x: number; y: number }> {
  const entities = asArray(model["entities"]).filter(isObject);
  const degree = new Map<string, number>();
  for (const r of asArray(model["relationships"]).filter(isObject)) {
    for (const end of [str(r["from"]), str(r["to"])]) degree.set(end, (degree.get(end) ?? 0) + 1);
  }
  const ordered = [...entities].sort((a, b) => (degree.get(str(b["name"])) ?? 0) - (degree.get(str(a["name"])) ?? 0));
  const columns = Math.max(1, Math.ceil(Math.sqrt(ordered.length)));
  const out: Record<string, { x: number; y: number }> = {};
  ordered.forEach((e, i) => {
    out[str(e["id"])] = { x: (i % columns) * 260, y: Math.floor(i / columns) * 240 };
  });
  return out;
}

/** Ops that store `positions` (merged into what is saved), creating `ui.diagram` when missing. */
export function positionOps(model: JsonObject, positions: Record<string, { x: number; y: number }>): Op[] {
  const ui = model["ui"];
  const diagram = isObject(ui) ? ui["diagram"] : undefined;
  const saved = isObject(diagram) ? diagram["positions"] : undefined;
  const rounded: Record<string, Json> = Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [id, { x: Math.round(p.x), y: Math.round(p.y) }]));
  if (!isObject(ui)) return [{ op: "set", path: "/ui", value: { diagram: { positions: rounded } } }];
  if (!isObject(diagram)) return [{ op: "set", path: "/ui/diagram", value: { positions: rounded } }];
  if (!isObject(saved)) return [{ op: "set", path: "/ui/diagram/positions", value: rounded }];
  return Object.entries(rounded).map(([id, p]) => ({ op: "set", path: `/ui/diagram/positions/${tok(id)}`, value: p }));
}

export function Diagram({ model, edit, diagnostics, open }: Props) {
  const entities = asArray(model["entities"]);
  const saved = useMemo(() => {
    const ui = model["ui"];
    const diagram = isObject(ui) ? ui["diagram"] : undefined;
    const positions = isObject(diagram) ? diagram["positions"] : undefined;
    return isObject(positions) ? positions : {};
  }, [model]);
  const fallback = useMemo(() => autoLayout(model), [model]);

  const modelNodes: EntityNode[] = useMemo(() => entities.flatMap((e, index) => {
    if (!isObject(e)) return [];
    const id = str(e["id"]) || `entity-${index}`;
    const p = saved[id];
    const position = isObject(p) && typeof p["x"] === "number" && typeof p["y"] === "number" ? { x: p["x"], y: p["y"] }
      : fallback[id] ?? { x: 0, y: 0 };
    const prefix = `/entities/${index}`;
    return [{
      id, type: "entity" as const, position,
      data: {
        name: str(e["name"]), index, open,
        fields: asArray(e["fields"]).filter(isObject).map((f) => `${str(f["name"])}: ${str(f["type"])}${f["type"] === "reference" ? ` → ${str(f["target"])}` : ""}${f["required"] === true ? " *" : ""}`),
        problems: diagnostics.filter((d) => d.pointer === prefix || d.pointer?.startsWith(prefix + "/")).length,
      },
    }];
  }), [entities, saved, fallback, diagnostics, open]);

  const [nodes, setNodes, onNodesChange] = useNodesState<EntityNode>(modelNodes);
  useEffect(() => setNodes(modelNodes), [modelNodes, setNodes]);

  const idOf = (name: string) => {
    const e = entities.find((x) => isObject(x) && x["name"] === name);
    return isObject(e) ? str(e["id"]) : "";
  };
  const nameOf = (id: string) => {
    const e = entities.find((x) => isObject(x) && x["id"] === id);
    return isObject(e) ? str(e["name"]) : "";
  };
  const edges: Edge[] = asArray(model["relationships"]).flatMap((r, i) => {
    if (!isObject(r)) return [];
    const fk = r["foreignKey"] ? ` fk ${str(r["foreignKey"])}` : "";
    const del = r["onDelete"] ? ` ${str(r["onDelete"])}` : "";
    return [{
      id: str(r["id"]) || `rel-${i}`, source: idOf(str(r["from"])), target: idOf(str(r["to"])),
      label: `${str(r["name"])} / ${str(r["inverseName"])} (${str(r["kind"])}${fk}${del})`,
      labelStyle: { fontSize: 11 },
    }];
  });

  const connect = (c: Connection) => {
    const from = nameOf(c.source);
    const to = nameOf(c.target);
    if (from && to) edit(newRelationshipOps(model, from, to), `add relationship ${from} → ${to}`);
  };

  return (
    <Stack gap="xs">
      <Group>
        <Title order={3}>Diagram</Title>
        <Text size="xs" c="dimmed">drag an entity to move it (saved in the model's ui section); drag from the right dot of one
          entity to another to add a relationship; double-click to edit</Text>
        <Button size="xs" ml="auto" variant="default" onClick={() => edit(positionOps(model, autoLayout(model)), "auto layout")}>Auto layout</Button>
      </Group>
      <div style={{ height: "calc(100vh - 150px)", border: "1px solid var(--mantine-color-gray-3)" }} aria-label="ER diagram">
        <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} onNodesChange={onNodesChange} onConnect={connect}
          onNodeDragStop={(_, node) => edit(positionOps(model, { [node.id]: node.position }), `move ${node.data.name}`)}
          onlyRenderVisibleElements fitView minZoom={0.1} proOptions={{ hideAttribution: false }}>
          <Background />
          <Controls />
        </ReactFlow>
      </div>
    </Stack>
  );
}
