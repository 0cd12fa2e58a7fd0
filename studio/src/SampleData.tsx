// The model's sample data as an editable grid per entity (`sampleData` section). A reference
// cell picks a sample record of its target (stored as its id, or as its key for a `targetField`
// reference); a many-to-many navigation gets a column of linked sample records.
import { Button, Group, NativeSelect, ScrollArea, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { Diagnostic, Json, JsonObject, Op } from "./api";
import { asArray, isObject, str, tok } from "./api";
import { parseDefault, showDefault } from "./fields";
import { Choice, CommitInput, PickList } from "./inputs";
import { listOps } from "./ops";
import { entityNamed, keyOf, recordName, sampleRecords } from "./samples";

interface Props {
  model: JsonObject;
  edit: (ops: Op[], label: string) => void;
  diagnostics: Diagnostic[];
}

/** The many-to-many navigations of `entity`: the link lists its sample records may carry. */
function linksOf(model: JsonObject, entity: string): { name: string; target: string }[] {
  const out: { name: string; target: string }[] = [];
  for (const r of asArray(model["relationships"]).filter(isObject)) {
    if (r["kind"] !== "manyToMany") continue;
    if (r["from"] === entity && str(r["name"])) out.push({ name: str(r["name"]), target: str(r["to"]) });
    if (r["to"] === entity && str(r["inverseName"])) out.push({ name: str(r["inverseName"]), target: str(r["from"]) });
  }
  return out;
}

/** A random (version 4) UUID, also outside secure contexts (where crypto.randomUUID is missing). */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function SampleData({ model, edit, diagnostics }: Props) {
  const entities = asArray(model["entities"]).filter(isObject);
  const [chosen, setChosen] = useState(str(entities[0]?.["name"]));
  const entity = entities.find((e) => e["name"] === chosen) ?? entities[0];
  if (!entity) return <Text>No entities.</Text>;
  const name = str(entity["name"]);
  const fields = asArray(entity["fields"]).filter(isObject);
  const links = linksOf(model, name);
  const sample = model["sampleData"];
  const rows = isObject(sample) ? asArray(sample[name]) : [];
  const base = `/sampleData/${tok(name)}`;

  const addRow = () => {
    // An id from the start: other records can then refer to this one and link to it.
    const row: JsonObject = { id: uuid() };
    const ops: Op[] = !isObject(sample) ? [{ op: "set", path: "/sampleData", value: { [name]: [row] } }]
      : !Array.isArray(sample[name]) ? [{ op: "set", path: base, value: [row] }]
        : [{ op: "insert", path: `${base}/-`, value: row }];
    edit(ops, `add a ${name} sample row`);
  };
  const setValue = (i: number, row: JsonObject, key: string, value: Json | undefined) => {
    const ptr = `${base}/${i}/${tok(key)}`;
    const ops: Op[] = value === undefined ? (key in row ? [{ op: "remove", path: ptr }] : []) : [{ op: "set", path: ptr, value }];
    edit(ops, `sample ${name} ${key}`);
  };
  // Per reference field, once (not per row): the target's sample records by their key as text,
  // and what each option shows. The value written is the key itself (a number stays a number).
  const pickers = new Map<string, { keys: Map<string, Json>; labels: Map<string, string> }>();
  for (const field of fields) {
    const target = field["type"] === "reference" ? entityNamed(model, str(field["target"])) : undefined;
    if (!target) continue;
    const byKey = typeof field["targetField"] === "string";
    const keys = new Map<string, Json>();
    const labels = new Map<string, string>();
    for (const r of sampleRecords(model, str(target["name"]))) {
      const k = keyOf(field, r);
      if (typeof k !== "string" && typeof k !== "number") continue;
      const shown = recordName(model, target, r);
      keys.set(String(k), k);
      labels.set(String(k), byKey && shown !== String(k) ? `${shown} (${k})` : shown);
    }
    if (keys.size) pickers.set(str(field["name"]), { keys, labels });
  }
  const cell = (i: number, row: JsonObject, field: JsonObject) => {
    const key = str(field["name"]);
    const label = `${name} row ${i + 1} ${key}`;
    const picker = pickers.get(key);
    if (!picker) {
      return <CommitInput hideLabel label={label} width={140} value={showDefault(row[key])}
        onCommit={(v) => setValue(i, row, key, v === "" ? undefined : parseDefault(str(field["type"]), v))} />;
    }
    return <Choice label={label} value={row[key] === undefined || row[key] === null ? "" : String(row[key])} options={[...picker.keys.keys()]}
      allowEmpty="(none)" width={170} hideLabel optionLabel={(k) => picker.labels.get(k) ?? k}
      onChange={(k) => setValue(i, row, key, picker.keys.get(k))} />;
  };
  const linkOptions = new Map(links.map((l) => {
    const target = entityNamed(model, l.target);
    const linked = sampleRecords(model, l.target).filter((r) => typeof r["id"] === "string");
    return [l.name, new Map(linked.map((r) => [str(r["id"]), target ? recordName(model, target, r) : str(r["id"])]))];
  }));

  return (
    <Stack gap="sm">
      <Group align="end">
        <Title order={3}>Sample data</Title>
        <NativeSelect label="Entity" aria-label="sample data entity" size="xs" value={name}
          data={entities.map((e) => str(e["name"]))} onChange={(e) => setChosen(e.currentTarget.value)} />
        <Button size="xs" ml="auto" onClick={addRow}>Add row</Button>
      </Group>
      {rows.length === 0 && <Text c="dimmed">No sample rows for {name}.</Text>}
      <ScrollArea>
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              {fields.map((f) => <Table.Th key={str(f["id"])}>{str(f["name"])}</Table.Th>)}
              {links.map((l) => <Table.Th key={`link-${l.name}`}>{l.name} (links)</Table.Th>)}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => {
              if (!isObject(row)) return null;
              const problems = diagnostics.filter((d) => d.pointer === `${base}/${i}` || d.pointer?.startsWith(`${base}/${i}/`));
              return (
                <Table.Tr key={i} data-invalid={problems.length ? "true" : undefined}
                  style={{ outline: problems.length ? "1px solid var(--mantine-color-red-6)" : undefined }}
                  title={problems.map((d) => `${d.code}: ${d.message}`).join("\n")}>
                  {fields.map((f) => <Table.Td key={str(f["id"])}>{cell(i, row, f)}</Table.Td>)}
                  {links.map((l) => {
                    const names = linkOptions.get(l.name) ?? new Map<string, string>();
                    return (
                      <Table.Td key={`link-${l.name}`}>
                        <PickList hideLabel label={`${name} row ${i + 1} ${l.name}`} items={asArray(row[l.name]).map(str)}
                          options={[...names.keys()]} optionLabel={(id) => names.get(id) ?? id} width={150}
                          onChange={(items) => edit(listOps(`${base}/${i}/${tok(l.name)}`, l.name in row, items), `links ${l.name} of a ${name} sample`)} />
                      </Table.Td>
                    );
                  })}
                  <Table.Td>
                    <Button size="compact-xs" color="red" variant="light" aria-label={`remove ${name} row ${i + 1}`}
                      onClick={() => edit([{ op: "remove", path: `${base}/${i}` }], `remove a ${name} sample row`)}>✕</Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea>
    </Stack>
  );
}
