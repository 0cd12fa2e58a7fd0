// The ER diagram: entities as nodes with their fields, relationships as edges. Drag from one
// entity's handle to another's to create a relationship; positions are saved in the model's
// `ui.diagram.positions` (keyed by entity id, so they survive renames).
import { Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import {
  Background, BaseEdge, Controls, type Connection, type Edge, type EdgeProps, getBezierPath, getViewportForBounds, Handle,
  type Node, type NodeProps, Position, ReactFlow, type ReactFlowState, useNodesState, useStore, type Viewport,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { type CSSProperties, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
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

// Below this zoom the 12 px field lines and edge labels are unreadable: entities show their name
// only (in a box of the same size, so nothing is re-measured) and edges lose their labels. A
// 200-entity model fitted to the view is drawn as 200 light boxes instead of 3,000 text lines
// and 200 measured SVG labels (bench/bench_studio.py --synthetic: first paint and pan frame times).
const DETAIL_ZOOM = 0.45;
const zoomedIn = (s: ReactFlowState) => s.transform[2] >= DETAIL_ZOOM;
const LINE = 18;

// Plain elements with shared style objects: a node is drawn hundreds of times.
const BOX: CSSProperties = {
  minWidth: 170, padding: 6, fontSize: 12, background: "var(--mantine-color-body)", borderRadius: 4,
  border: "1px solid var(--mantine-color-gray-4)", boxShadow: "0 1px 2px rgba(0, 0, 0, 0.08)",
};
const BOX_WITH_PROBLEMS: CSSProperties = { ...BOX, borderColor: "var(--mantine-color-red-6)" };
const HEAD: CSSProperties = { display: "flex", gap: 4, justifyContent: "space-between", alignItems: "center", fontWeight: 700, fontSize: 14, lineHeight: `${LINE + 4}px` };
const FIELD: CSSProperties = { height: LINE, lineHeight: `${LINE}px`, color: "var(--mantine-color-dimmed)", whiteSpace: "nowrap" };
const FOLDED: CSSProperties = { display: "flex", alignItems: "center", justifyContent: "center", overflow: "hidden", fontSize: 40, fontWeight: 700, color: "var(--mantine-color-gray-6)", wordBreak: "break-all", textAlign: "center" };
const LABEL: CSSProperties = { fontSize: 11 };
const MIN_ZOOM = 0.1;
const MAX_ZOOM = 2;

const EntityBox = memo(function EntityBox({ data }: NodeProps<EntityNode>) {
  const detailed = useStore(zoomedIn);
  return (
    <div aria-label={`diagram entity ${data.name}`} style={data.problems ? BOX_WITH_PROBLEMS : BOX}
      onDoubleClick={() => data.open(data.index)}>
      <Handle type="target" position={Position.Left} />
      <div style={HEAD}>
        <span>{data.name}</span>
        {data.problems > 0 && <Badge size="xs" color="red">{data.problems}</Badge>}
      </div>
      {detailed
        ? data.fields.map((f, i) => <div key={i} style={FIELD}>{f}</div>)
        : <div style={{ ...FOLDED, height: data.fields.length * LINE }}>{data.fields.length > 1 ? data.name : ""}</div>}
      <Handle type="source" position={Position.Right} />
    </div>
  );
});

const RelationshipEdge = memo(function RelationshipEdge(props: EdgeProps) {
  const detailed = useStore(zoomedIn);
  const [path, labelX, labelY] = getBezierPath(props);
  return <BaseEdge path={path} labelX={labelX} labelY={labelY} label={detailed ? props.label : undefined}
    labelStyle={LABEL} markerEnd={props.markerEnd} style={props.style} />;
});

const nodeTypes = { entity: EntityBox };
const edgeTypes = { relationship: RelationshipEdge };

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

function fieldLine(f: JsonObject): string {
  return `${str(f["name"])}: ${str(f["type"])}${f["type"] === "reference" ? ` → ${str(f["target"])}` : ""}${f["required"] === true ? " *" : ""}`;
}

/**
 * The viewport that shows every entity, from the positions and the boxes' expected sizes.
 * React Flow's own fitView waits until it has drawn and measured every node at zoom 1 (the
 * full-detail boxes of all 200 entities, thrown away a frame later); this one is known up front,
 * so the first render is already the fitted, folded overview.
 */
function fittedViewport(nodes: EntityNode[], width: number, height: number): Viewport {
  if (!nodes.length) return { x: 0, y: 0, zoom: 1 };
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of nodes) {
    const longest = n.data.fields.reduce((m, f) => Math.max(m, f.length), n.data.name.length);
    const w = Math.max(BOX.minWidth as number, 7 * longest) + 14;
    const h = LINE + 4 + n.data.fields.length * LINE + 14;
    minX = Math.min(minX, n.position.x);
    minY = Math.min(minY, n.position.y);
    maxX = Math.max(maxX, n.position.x + w);
    maxY = Math.max(maxY, n.position.y + h);
  }
  return getViewportForBounds({ x: minX, y: minY, width: maxX - minX, height: maxY - minY }, width, height, MIN_ZOOM, MAX_ZOOM, 0.1);
}

type CachedNode = { entity: JsonObject; problems: number; open: (i: number) => void; node: EntityNode };
type CachedEdge = { relationship: JsonObject; source: string; target: string; edge: Edge };

export function Diagram({ model, edit, diagnostics, open }: Props) {
  const entities = asArray(model["entities"]);
  const relationships = asArray(model["relationships"]);
  const saved = useMemo(() => {
    const ui = model["ui"];
    const diagram = isObject(ui) ? ui["diagram"] : undefined;
    const positions = isObject(diagram) ? diagram["positions"] : undefined;
    return isObject(positions) ? positions : {};
  }, [model]);
  const fallback = useMemo(() => autoLayout(model), [model]);
  const problemsAt = useMemo(() => {
    const count = new Map<number, number>();
    for (const d of diagnostics) {
      const m = /^\/entities\/(\d+)(?:\/|$)/.exec(d.pointer ?? "");
      if (m) count.set(Number(m[1]), (count.get(Number(m[1])) ?? 0) + 1);
    }
    return count;
  }, [diagnostics]);

  // An edit changes one entity: the others keep their node object (the model shares unchanged
  // parts with the previous version, see App's keepUnchanged), so React Flow re-renders one node.
  const nodeCache = useRef(new Map<string, CachedNode>());
  const modelNodes: EntityNode[] = useMemo(() => {
    const next = new Map<string, CachedNode>();
    const out = entities.flatMap((e, index) => {
      if (!isObject(e)) return [];
      const id = str(e["id"]) || `entity-${index}`;
      const p = saved[id];
      const position = isObject(p) && typeof p["x"] === "number" && typeof p["y"] === "number" ? { x: p["x"], y: p["y"] }
        : fallback[id] ?? { x: 0, y: 0 };
      const problems = problemsAt.get(index) ?? 0;
      const hit = nodeCache.current.get(id);
      if (hit && hit.entity === e && hit.problems === problems && hit.open === open && hit.node.data.index === index
          && hit.node.position.x === position.x && hit.node.position.y === position.y) {
        next.set(id, hit);
        return [hit.node];
      }
      const node: EntityNode = {
        id, type: "entity" as const, position,
        data: { name: str(e["name"]), index, open, problems, fields: asArray(e["fields"]).filter(isObject).map(fieldLine) },
      };
      next.set(id, { entity: e, problems, open, node });
      return [node];
    });
    nodeCache.current = next;
    return out;
  }, [entities, saved, fallback, problemsAt, open]);

  const [nodes, setNodes, onNodesChange] = useNodesState<EntityNode>(modelNodes);
  useEffect(() => setNodes(modelNodes), [modelNodes, setNodes]);

  // The pane's size, known before React Flow is drawn: its first viewport is the fitted one.
  const pane = useRef<HTMLDivElement | null>(null);
  const [start, setStart] = useState<Viewport | null>(null);
  useLayoutEffect(() => {
    const box = pane.current?.getBoundingClientRect();
    if (box) setStart(fittedViewport(modelNodes, box.width, box.height));
    // Only the first model: later edits keep the viewport the user has.
  }, []);

  const idByName = useMemo(() => {
    const ids = new Map<string, string>();
    for (const e of entities) if (isObject(e) && !ids.has(str(e["name"]))) ids.set(str(e["name"]), str(e["id"]));
    return ids;
  }, [entities]);
  const edgeCache = useRef(new Map<string, CachedEdge>());
  const edges: Edge[] = useMemo(() => {
    const next = new Map<string, CachedEdge>();
    const out = relationships.flatMap((r, i) => {
      if (!isObject(r)) return [];
      const id = str(r["id"]) || `rel-${i}`;
      const source = idByName.get(str(r["from"])) ?? "";
      const target = idByName.get(str(r["to"])) ?? "";
      const hit = edgeCache.current.get(id);
      if (hit && hit.relationship === r && hit.source === source && hit.target === target) {
        next.set(id, hit);
        return [hit.edge];
      }
      const fk = r["foreignKey"] ? ` fk ${str(r["foreignKey"])}` : "";
      const del = r["onDelete"] ? ` ${str(r["onDelete"])}` : "";
      const edge: Edge = {
        id, source, target, type: "relationship",
        label: `${str(r["name"])} / ${str(r["inverseName"])} (${str(r["kind"])}${fk}${del})`,
      };
      next.set(id, { relationship: r, source, target, edge });
      return [edge];
    });
    edgeCache.current = next;
    return out;
  }, [relationships, idByName]);

  // Handlers read the model through a ref: React Flow gets the same functions across edits.
  const modelRef = useRef(model);
  modelRef.current = model;
  const connect = useCallback((c: Connection) => {
    const current = modelRef.current;
    const nameOf = (id: string) => {
      const e = asArray(current["entities"]).find((x) => isObject(x) && x["id"] === id);
      return isObject(e) ? str(e["name"]) : "";
    };
    const from = nameOf(c.source);
    const to = nameOf(c.target);
    if (from && to) edit(newRelationshipOps(current, from, to), `add relationship ${from} → ${to}`);
  }, [edit]);
  const moved = useCallback((_: unknown, node: EntityNode) => {
    edit(positionOps(modelRef.current, { [node.id]: node.position }), `move ${node.data.name}`);
  }, [edit]);

  return (
    <Stack gap="xs">
      <Group>
        <Title order={3}>Diagram</Title>
        <Text size="xs" c="dimmed">drag an entity to move it (saved in the model's ui section); drag from the right dot of one
          entity to another to add a relationship; double-click to edit</Text>
        <Button size="xs" ml="auto" variant="default" onClick={() => edit(positionOps(model, autoLayout(model)), "auto layout")}>Auto layout</Button>
      </Group>
      <div ref={pane} style={{ height: "calc(100vh - 150px)", border: "1px solid var(--mantine-color-gray-3)" }} aria-label="ER diagram">
        {start && (
          <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} edgeTypes={edgeTypes} onNodesChange={onNodesChange}
            onConnect={connect} onNodeDragStop={moved} defaultViewport={start}
            onlyRenderVisibleElements minZoom={MIN_ZOOM} maxZoom={MAX_ZOOM} proOptions={{ hideAttribution: false }}>
            <Background />
            <Controls />
          </ReactFlow>
        )}
      </div>
    </Stack>
  );
}
