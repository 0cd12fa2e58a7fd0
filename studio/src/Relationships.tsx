// Relationships as a table; "Add relationship" also adds the foreign-key field when none exists.
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { Diagnostic, JsonObject, Op } from "./api";
import { asArray, freshId, freshName, isObject, str } from "./api";
import { Choice, CommitInput } from "./inputs";

interface Props {
  model: JsonObject;
  edit: (ops: Op[], label: string) => void;
  diagnostics: Diagnostic[];
  focus: string | null;
}

const KINDS = ["oneToMany", "manyToOne", "oneToOne", "manyToMany"];
const ON_DELETE = ["restrict", "cascade", "setNull"];

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export function Relationships({ model, edit, diagnostics, focus }: Props) {
  const entities = asArray(model["entities"]).filter(isObject);
  const names = entities.map((e) => str(e["name"]));
  const relationships = asArray(model["relationships"]);

  const referenceFields = (entityName: string, target: string) => {
    const e = entities.find((x) => x["name"] === entityName);
    return asArray(e?.["fields"]).filter(isObject).filter((f) => f["type"] === "reference" && (!target || f["target"] === target)).map((f) => str(f["name"]));
  };

  const add = () => {
    // Most often the newest entity is the one to link: it becomes the "many" side.
    const to = names[names.length - 1] ?? "";
    const from = names.find((n) => n !== to) ?? to;
    const ops = newRelationshipOps(model, from, to);
    edit(ops, `add relationship ${from} → ${to}`);
  };

  return (
    <Stack gap="sm">
      <Group>
        <Title order={3}>Relationships</Title>
        <Button size="xs" ml="auto" onClick={add} disabled={names.length === 0}>Add relationship</Button>
      </Group>
      {relationships.length === 0 && <Text c="dimmed">No relationships yet.</Text>}
      {relationships.map((r, i) => {
        if (!isObject(r)) return null;
        const ptr = `/relationships/${i}`;
        const problems = diagnostics.filter((d) => d.pointer === ptr || d.pointer?.startsWith(ptr + "/"));
        const kind = str(r["kind"]);
        const holder = kind === "oneToMany" ? str(r["to"]) : str(r["from"]);
        const other = kind === "oneToMany" ? str(r["from"]) : str(r["to"]);
        const set = (key: string, value: string, label: string) =>
          edit(value !== "" ? [{ op: "set", path: `${ptr}/${key}`, value }] : key in r ? [{ op: "remove", path: `${ptr}/${key}` }] : [], label);
        return (
          <Paper key={str(r["id"]) || i} withBorder p="xs" aria-label={`relationship ${str(r["name"])}`}
            data-invalid={problems.length ? "true" : undefined}
            style={{ borderColor: problems.length ? "var(--mantine-color-red-6)" : focus?.startsWith(ptr) ? "var(--mantine-color-blue-6)" : undefined }}>
            <Group align="end" gap="xs">
              <Choice label="From" value={str(r["from"])} options={names} width={130} onChange={(v) => set("from", v, "relationship from")} />
              <CommitInput label="Name" value={str(r["name"])} width={120} onCommit={(v) => set("name", v, "relationship name")} />
              <Choice label="Kind" value={kind} options={KINDS} width={120} onChange={(v) => set("kind", v, "relationship kind")} />
              <Choice label="To" value={str(r["to"])} options={names} width={130} onChange={(v) => set("to", v, "relationship to")} />
              <CommitInput label="Inverse name" value={str(r["inverseName"])} width={120} onCommit={(v) => set("inverseName", v, "inverse name")} />
              {kind !== "manyToMany" && (
                <>
                  <Choice label="Foreign key" value={str(r["foreignKey"])} options={referenceFields(holder, other)} allowEmpty="(inferred)" width={130}
                    onChange={(v) => set("foreignKey", v, "foreign key")} />
                  <Choice label="On delete" value={str(r["onDelete"])} options={ON_DELETE} allowEmpty="(restrict)" width={110}
                    onChange={(v) => set("onDelete", v, "on delete")} />
                </>
              )}
              <Button size="compact-xs" color="red" variant="light" ml="auto" aria-label={`remove relationship ${str(r["name"])}`}
                onClick={() => edit([{ op: "remove", path: ptr }], `remove relationship ${str(r["name"])}`)}>✕</Button>
            </Group>
            {problems.map((d, k) => <Text key={k} size="xs" c="red" role="alert">{d.code}: {d.message}</Text>)}
          </Paper>
        );
      })}
    </Stack>
  );
}

/** A oneToMany from → to, with a reference field on `to` unless one targeting `from` exists. */
export function newRelationshipOps(model: JsonObject, from: string, to: string): Op[] {
  const entities = asArray(model["entities"]);
  const toIndex = entities.findIndex((e) => isObject(e) && e["name"] === to);
  const toEntity = entities[toIndex];
  const ops: Op[] = [];
  const toFields = isObject(toEntity) ? asArray(toEntity["fields"]).filter(isObject) : [];
  let fk = toFields.find((f) => f["type"] === "reference" && f["target"] === from);
  let fkName = fk ? str(fk["name"]) : freshName(toFields.map((f) => str(f["name"])), `${lowerFirst(from)}Id`);
  if (!fk && toIndex >= 0) {
    fk = { id: freshId(model, `fld-${to}`, fkName), name: fkName, type: "reference", target: from };
    ops.push({ op: "insert", path: `/entities/${toIndex}/fields/-`, value: fk });
  }
  const rels = asArray(model["relationships"]).filter(isObject);
  const name = freshName(rels.filter((r) => r["from"] === from).map((r) => str(r["name"])), `${lowerFirst(to)}s`);
  const inverse = freshName(rels.filter((r) => r["to"] === to).map((r) => str(r["inverseName"])), lowerFirst(from));
  const relationship: JsonObject = {
    id: freshId(model, "rel", `${from}-${name}`), name, from, to, kind: "oneToMany", foreignKey: fkName, onDelete: "restrict", inverseName: inverse,
  };
  ops.push(Array.isArray(model["relationships"]) ? { op: "insert", path: "/relationships/-", value: relationship }
    : { op: "set", path: "/relationships", value: [relationship] });
  return ops;
}
