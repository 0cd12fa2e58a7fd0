// The entity-level settings beyond its fields: composite indexes, the record-name template
// (with a preview from sample data) and the Citus distribution. Each control writes what a hand
// edit of the file would: a key appears with its first value and goes when it is cleared.
import { Button, Checkbox, Group, Paper, Stack, Text } from "@mantine/core";
import type { Diagnostic, JsonObject, Op } from "./api";
import { asArray, isObject, str } from "./api";
import { Choice, CommitInput, PickList } from "./inputs";
import { appendOps, memberOps } from "./ops";
import { fieldsOf, recordName, sampleRecords } from "./samples";

interface Props {
  model: JsonObject;
  entity: JsonObject;
  /** The entity's JSON pointer. */
  base: string;
  edit: (ops: Op[], label: string) => void;
  diagnostics: Diagnostic[];
  /** The pointer of a diagnostic clicked elsewhere: the element it names is outlined. */
  focus?: string | null;
}

/** The diagnostics at `pointer` or inside it, one per line. */
export function errorsAt(diagnostics: Diagnostic[], pointer: string): string | undefined {
  const hits = diagnostics.filter((d) => d.pointer === pointer || d.pointer?.startsWith(pointer + "/"));
  return hits.length ? hits.map((d) => `${d.code}: ${d.message}`).join("\n") : undefined;
}

function Problems({ text }: { text: string | undefined }) {
  return text ? <Text size="xs" c="red" style={{ whiteSpace: "pre-wrap" }} role="alert">{text}</Text> : null;
}

// Fields an index cannot hold (E312).
const UNINDEXABLE = ["array", "json", "bytes"];

export function IndexesSection({ entity, base, edit, diagnostics, focus }: Props) {
  const name = str(entity["name"]);
  const indexes = asArray(entity["indexes"]);
  const eligible = fieldsOf(entity).filter((f) => !UNINDEXABLE.includes(str(f["type"]))).map((f) => str(f["name"]));
  const ptr = `${base}/indexes`;
  const remove = (i: number) => edit([{ op: "remove", path: indexes.length === 1 ? ptr : `${ptr}/${i}` }], `remove an index of ${name}`);
  const add = () => {
    // A field no one-field index covers yet: a new index is not a duplicate (E313) from the start.
    const single = new Set(indexes.filter(isObject).map((x) => asArray(x["fields"])).filter((f) => f.length === 1).map((f) => str(f[0])));
    const first = eligible.find((f) => !single.has(f)) ?? eligible[0];
    if (first) edit(appendOps(ptr, entity["indexes"], { fields: [first] }), `add an index to ${name}`);
  };
  return (
    <Stack gap={4} aria-label={`indexes of ${name}`}>
      <Group gap="xs">
        <Text size="sm" fw={700}>Indexes</Text>
        <Text size="xs" c="dimmed">several fields together: unique combinations and multi-column lookups</Text>
        <Button size="compact-xs" variant="light" ml="auto" onClick={add} disabled={eligible.length === 0}>Add index</Button>
      </Group>
      {indexes.map((index, i) => {
        if (!isObject(index)) return null;
        const at = `${ptr}/${i}`;
        const fields = asArray(index["fields"]).map(str);
        const problems = errorsAt(diagnostics, at);
        const focused = focus === at || focus?.startsWith(at + "/");
        return (
          <Paper key={i} withBorder p="xs" aria-label={`index ${i + 1}`} data-invalid={problems ? "true" : undefined}
            style={{ borderColor: focused ? "var(--mantine-color-blue-6)" : problems ? "var(--mantine-color-red-6)" : undefined }}>
            <Group align="end" gap="sm">
              <PickList label={`Index ${i + 1} fields`} items={fields} options={eligible}
                onChange={(next) => edit(next.length ? [{ op: "set", path: `${at}/fields`, value: next }] : [{ op: "remove", path: indexes.length === 1 ? ptr : at }],
                  `fields of an index of ${name}`)} />
              <Checkbox size="xs" label="unique" aria-label={`index ${i + 1} unique`} checked={index["unique"] === true}
                onChange={(e) => edit(e.currentTarget.checked ? [{ op: "set", path: `${at}/unique`, value: true }]
                  : "unique" in index ? [{ op: "remove", path: `${at}/unique` }] : [], `unique index of ${name}`)} />
              <CommitInput label={`Index ${i + 1} name`} value={str(index["name"])} placeholder="(derived)" width={160}
                onCommit={(v) => edit(memberOps(at, index, "name", v || undefined), `name an index of ${name}`)} />
              <Button size="compact-xs" color="red" variant="light" ml="auto" aria-label={`remove index ${i + 1}`} onClick={() => remove(i)}>✕</Button>
            </Group>
            <Problems text={problems} />
          </Paper>
        );
      })}
    </Stack>
  );
}

export function DisplayTemplate({ model, entity, base, edit, diagnostics }: Props) {
  const name = str(entity["name"]);
  const ui = isObject(entity["ui"]) ? entity["ui"] : {};
  const template = str(ui["displayTemplate"]);
  const fields = fieldsOf(entity);
  const save = (v: string) => edit(memberOps(`${base}/ui`, entity["ui"], "displayTemplate", v || undefined), `display template of ${name}`);
  // The first sample record shows what the app will call records; without one, the field names stand in.
  const sample = sampleRecords(model, name)[0]
    ?? Object.fromEntries(fields.map((f) => [str(f["name"]), `‹${str(f["name"])}›`]));
  const preview = template ? recordName(model, entity, sample, 2, template) : "";
  return (
    <Group align="end" gap="xs">
      <CommitInput label="Display template" value={template} width={300} placeholder="Loan of {bookId} to {memberId}"
        error={errorsAt(diagnostics, `${base}/ui/displayTemplate`)} onCommit={save} />
      <Choice label="Insert field" value="" allowEmpty="{field}…" width={130} options={fields.map((f) => str(f["name"]))}
        onChange={(v) => { if (v) save(`${template}${template && !template.endsWith(" ") ? " " : ""}{${v}}`); }} />
      {template && <Text size="sm" aria-label="display template preview">Preview: <b>{preview}</b></Text>}
    </Group>
  );
}

const DISTRIBUTION_KINDS: Record<string, string> = { column: "distributed by a column", reference: "reference table (on every node)" };

export function DistributionControl({ model, entity, base, edit, diagnostics }: Props) {
  const name = str(entity["name"]);
  const ptr = `${base}/distribution`;
  const dist = entity["distribution"];
  const kind = !isObject(dist) ? "" : dist["reference"] === true ? "reference" : "column";
  const columns = ["id", ...fieldsOf(entity).filter((f) => f["type"] === "reference").map((f) => str(f["name"]))];
  const entityNames = asArray(model["entities"]).filter(isObject).map((e) => str(e["name"])).filter((n) => n !== name);
  const setKind = (v: string) => edit(
    v === "" ? (isObject(dist) ? [{ op: "remove", path: ptr }] : [])
      : [{ op: "set", path: ptr, value: v === "reference" ? { reference: true } : { column: "id" } }],
    `distribution of ${name}`);
  return (
    <Stack gap={2}>
      <Group align="end" gap="xs" aria-label={`distribution of ${name}`}>
        <Choice label="Citus distribution" value={kind} width={230} allowEmpty="(none)"
          options={Object.keys(DISTRIBUTION_KINDS)} optionLabel={(k) => DISTRIBUTION_KINDS[k] ?? k} onChange={setKind} />
        {kind === "column" && isObject(dist) && (
          <>
            <Choice label="Distribution column" value={str(dist["column"])} options={columns} width={150}
              onChange={(v) => edit([{ op: "set", path: `${ptr}/column`, value: v }], `distribution column of ${name}`)} />
            <Choice label="Co-locate with" value={str(dist["colocateWith"])} options={entityNames} allowEmpty="(its target)" width={150}
              onChange={(v) => edit(memberOps(ptr, dist, "colocateWith", v || undefined), `co-location of ${name}`)} />
          </>
        )}
      </Group>
      <Problems text={errorsAt(diagnostics, ptr)} />
    </Stack>
  );
}
