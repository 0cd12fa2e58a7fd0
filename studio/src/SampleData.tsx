// The model's sample data as an editable grid per entity (`sampleData` section).
import { Button, Group, NativeSelect, ScrollArea, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { Diagnostic, Json, JsonObject, Op } from "./api";
import { asArray, isObject, str, tok } from "./api";
import { parseDefault, showDefault } from "./fields";
import { CommitInput } from "./inputs";

interface Props {
  model: JsonObject;
  edit: (ops: Op[], label: string) => void;
  diagnostics: Diagnostic[];
}

export function SampleData({ model, edit, diagnostics }: Props) {
  const entities = asArray(model["entities"]).filter(isObject);
  const [chosen, setChosen] = useState(str(entities[0]?.["name"]));
  const entity = entities.find((e) => e["name"] === chosen) ?? entities[0];
  if (!entity) return <Text>No entities.</Text>;
  const name = str(entity["name"]);
  const fields = asArray(entity["fields"]).filter(isObject);
  const sample = model["sampleData"];
  const rows = isObject(sample) ? asArray(sample[name]) : [];
  const base = `/sampleData/${tok(name)}`;

  const addRow = () => {
    const row: JsonObject = {};
    const ops: Op[] = !isObject(sample) ? [{ op: "set", path: "/sampleData", value: { [name]: [row] } }]
      : !Array.isArray(sample[name]) ? [{ op: "set", path: base, value: [row] }]
        : [{ op: "insert", path: `${base}/-`, value: row }];
    edit(ops, `add a ${name} sample row`);
  };
  const setCell = (i: number, row: JsonObject, field: JsonObject, raw: string) => {
    const key = str(field["name"]);
    const value: Json | undefined = raw === "" ? undefined : parseDefault(str(field["type"]), raw);
    const ptr = `${base}/${i}/${tok(key)}`;
    const ops: Op[] = value === undefined ? (key in row ? [{ op: "remove", path: ptr }] : []) : [{ op: "set", path: ptr, value }];
    edit(ops, `sample ${name} ${key}`);
  };

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
            <Table.Tr>{fields.map((f) => <Table.Th key={str(f["id"])}>{str(f["name"])}</Table.Th>)}<Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, i) => {
              if (!isObject(row)) return null;
              const problems = diagnostics.filter((d) => d.pointer?.startsWith(`${base}/${i}`));
              return (
                <Table.Tr key={i} data-invalid={problems.length ? "true" : undefined}
                  style={{ outline: problems.length ? "1px solid var(--mantine-color-red-6)" : undefined }}
                  title={problems.map((d) => `${d.code}: ${d.message}`).join("\n")}>
                  {fields.map((f) => (
                    <Table.Td key={str(f["id"])}>
                      <CommitInput hideLabel label={`${name} row ${i + 1} ${str(f["name"])}`} width={140}
                        value={showDefault(row[str(f["name"])])} onCommit={(v) => setCell(i, row, f, v)} />
                    </Table.Td>
                  ))}
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
