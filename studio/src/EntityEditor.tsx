// One entity: its name, description, UI settings, and its fields (add, remove,
// reorder, rename, type, flags, default, validation, enum values, target, UI),
// then its indexes and distribution (EntityExtras).
import { Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useRef } from "react";
import type { Diagnostic, Json, JsonObject, Op } from "./api";
import { asArray, freshId, freshName, isObject, str } from "./api";
import { DisplayTemplate, DistributionControl, errorsAt, IndexesSection } from "./EntityExtras";
import { FIELD_TYPES, KEY_TYPES, parseDefault, retype, rulesFor, showDefault, widgetsFor } from "./fields";
import { Choice, CommitInput } from "./inputs";
import { JsonSchemaBox } from "./JsonSchemaBox";
import { memberOps, wholeNumber } from "./ops";
import { entityNamed, fieldsOf } from "./samples";

interface Props {
  model: JsonObject;
  index: number;
  edit: (ops: Op[], label: string) => void;
  rename: (pointer: string, name: string, label: string) => void;
  diagnostics: Diagnostic[];
  focus: string | null;
}

export function EntityEditor({ model, index, edit, rename, diagnostics, focus }: Props) {
  const entities = asArray(model["entities"]);
  const entity = entities[index];
  const focused = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    focused.current?.scrollIntoView({ block: "center" });
  }, [focus]);
  if (!isObject(entity)) return <Text>No entity at index {index}.</Text>;
  const base = `/entities/${index}`;
  const fields = asArray(entity["fields"]);
  const entityNames = entities.map((e) => (isObject(e) ? str(e["name"]) : ""));
  const name = str(entity["name"]);
  const ui = isObject(entity["ui"]) ? entity["ui"] : {};
  // A diagnostic clicked elsewhere points in here: that part is scrolled into view.
  const within = (ptr: string) => focus !== null && (focus === ptr || focus.startsWith(ptr + "/"));

  const addField = () => {
    const taken = fields.map((f) => (isObject(f) ? str(f["name"]) : ""));
    const fieldName = freshName(taken, "newField");
    const field: JsonObject = { id: freshId(model, `fld-${name}`, fieldName), name: fieldName, type: "string" };
    edit([{ op: "insert", path: `${base}/fields/-`, value: field }], `add field ${fieldName} to ${name}`);
  };

  return (
    <Stack gap="sm" aria-label={`entity ${name}`}>
      <Group align="end">
        <Title order={3}>{name}</Title>
        <Badge variant="light">{fields.length} fields</Badge>
        <Button size="xs" color="red" variant="subtle" ml="auto"
          onClick={() => edit([{ op: "remove", path: base }], `remove entity ${name}`)}>Remove entity</Button>
      </Group>
      <Group align="start">
        <CommitInput label="Entity name" value={name} error={errorsAt(diagnostics.filter((d) => d.pointer === `${base}/name`), `${base}/name`)}
          onCommit={(v) => { if (v && v !== name) rename(`${base}/name`, v, `rename entity ${name} to ${v}`); }} />
        <CommitInput label="Entity description" value={str(entity["description"])} width={360}
          onCommit={(v) => edit([v ? { op: "set", path: `${base}/description`, value: v } : { op: "remove", path: `${base}/description` }], `describe ${name}`)} />
        <CommitInput label="Entity label" value={str(ui["label"])}
          onCommit={(v) => edit(uiOps(`${base}/ui`, entity["ui"], "label", v), `label ${name}`)} />
        <CommitInput label="Plural label" value={str(ui["pluralLabel"])}
          onCommit={(v) => edit(uiOps(`${base}/ui`, entity["ui"], "pluralLabel", v), `plural label ${name}`)} />
        <Choice label="Display field" value={str(ui["displayField"])} allowEmpty="(default)"
          options={fields.map((f) => (isObject(f) ? str(f["name"]) : ""))}
          onChange={(v) => edit(uiOps(`${base}/ui`, entity["ui"], "displayField", v), `display field of ${name}`)} />
      </Group>
      <DisplayTemplate model={model} entity={entity} base={base} edit={edit} diagnostics={diagnostics} />
      {fields.map((f, i) => {
        if (!isObject(f)) return null;
        const ptr = `${base}/fields/${i}`;
        const isFocus = within(ptr);
        return (
          <div key={str(f["id"]) || i} ref={isFocus ? focused : undefined}>
            <FieldRow model={model} field={f} pointer={ptr} fieldIndex={i} count={fields.length}
              entityNames={entityNames} edit={edit} rename={rename} diagnostics={diagnostics} highlighted={isFocus} />
          </div>
        );
      })}
      <Group>
        <Button size="xs" onClick={addField}>Add field</Button>
      </Group>
      <div ref={within(`${base}/indexes`) ? focused : undefined}>
        <IndexesSection model={model} entity={entity} base={base} edit={edit} diagnostics={diagnostics} focus={focus} />
      </div>
      <div ref={within(`${base}/distribution`) ? focused : undefined}>
        <DistributionControl model={model} entity={entity} base={base} edit={edit} diagnostics={diagnostics} focus={focus} />
      </div>
    </Stack>
  );
}

/** Ops that set (or, with "", remove) one key of an optional `ui` object. */
function uiOps(uiPtr: string, ui: Json | undefined, key: string, value: string): Op[] {
  return memberOps(uiPtr, ui, key, value || undefined);
}

/** The fields of `target` a natural-key reference may hold: unique, of a key type (E315–E317). */
function keyFieldsOf(model: JsonObject, target: string): string[] {
  return fieldsOf(entityNamed(model, target)).filter((f) => f["unique"] === true && KEY_TYPES.includes(str(f["type"]))).map((f) => str(f["name"]));
}

interface RowProps {
  model: JsonObject;
  field: JsonObject;
  pointer: string;
  fieldIndex: number;
  count: number;
  entityNames: string[];
  edit: (ops: Op[], label: string) => void;
  rename: (pointer: string, name: string, label: string) => void;
  diagnostics: Diagnostic[];
  highlighted: boolean;
}

function FieldRow({ model, field, pointer, fieldIndex, count, entityNames, edit, rename, diagnostics, highlighted }: RowProps) {
  const name = str(field["name"]);
  const type = str(field["type"]);
  const validation = isObject(field["validation"]) ? field["validation"] : {};
  const ui = isObject(field["ui"]) ? field["ui"] : {};
  const problems = errorsAt(diagnostics, pointer);
  const flag = (key: string) => (
    <Checkbox size="xs" label={key} aria-label={`${name} ${key}`} checked={field[key] === true}
      onChange={(e) => edit(flagOps(`${pointer}/${key}`, e.currentTarget.checked, key in field), `${key} ${name}`)} />
  );
  // A number box for an optional key (precision, scale, maxBytes): empty removes the key.
  const numberBox = (key: string, placeholder: string) => (
    <CommitInput key={key} label={key} value={showDefault(field[key])} placeholder={placeholder} width={80}
      onCommit={(v) => edit(memberOps(pointer, field, key, wholeNumber(v)), `${key} of ${name}`)} />
  );
  const setRule = (rule: string, raw: string) => {
    const next: JsonObject = { ...validation };
    if (raw === "") delete next[rule];
    else next[rule] = rule === "pattern" ? raw : Number(raw);
    const ops: Op[] = Object.keys(next).length ? [{ op: "set", path: `${pointer}/validation`, value: next }]
      : "validation" in field ? [{ op: "remove", path: `${pointer}/validation` }] : [];
    edit(ops, `${rule} of ${name}`);
  };
  return (
    <Paper withBorder p="xs" aria-label={`field ${name}`} data-invalid={problems ? "true" : undefined}
      style={{ borderColor: problems ? "var(--mantine-color-red-6)" : highlighted ? "var(--mantine-color-blue-6)" : undefined }}>
      <Group align="end" gap="xs">
        <CommitInput label="Field name" value={name} width={150}
          onCommit={(v) => { if (v && v !== name) rename(`${pointer}/name`, v, `rename field ${name} to ${v}`); }} />
        <Choice label="Type" value={type} options={[...FIELD_TYPES]} width={130}
          onChange={(v) => edit([{ op: "set", path: pointer, value: retype(field, v, entityNames) }], `type of ${name}`)} />
        {flag("required")}
        {flag("unique")}
        {flag("indexed")}
        {type === "integer" && flag("sequence")}
        {type === "bytes" ? null : type === "boolean" ? (
          <Choice label="Default" value={showDefault(field["default"])} options={["true", "false"]} allowEmpty="(none)" width={90}
            onChange={(v) => edit(defaultOps(pointer, field, type, v), `default of ${name}`)} />
        ) : type === "enum" ? (
          <Choice label="Default" value={showDefault(field["default"])} options={asArray(field["values"]).map(str)} allowEmpty="(none)" width={110}
            onChange={(v) => edit(defaultOps(pointer, field, type, v), `default of ${name}`)} />
        ) : (
          <CommitInput label="Default" value={showDefault(field["default"])} width={110}
            onCommit={(v) => edit(defaultOps(pointer, field, type, v), `default of ${name}`)} />
        )}
        {type === "enum" && (
          <CommitInput label="Values" value={asArray(field["values"]).map(str).join(", ")} width={200}
            onCommit={(v) => edit([{ op: "set", path: `${pointer}/values`, value: v.split(",").map((s) => s.trim()).filter(Boolean) }], `values of ${name}`)} />
        )}
        {type === "reference" && (
          <>
            <Choice label="Target" value={str(field["target"])} options={entityNames} width={140}
              onChange={(v) => edit([{ op: "set", path: `${pointer}/target`, value: v },
                // a natural key names a field of the old target: it goes with it
                ...("targetField" in field ? [{ op: "remove", path: `${pointer}/targetField` } as Op] : [])], `target of ${name}`)} />
            <Choice label="Target field" value={str(field["targetField"])} options={keyFieldsOf(model, str(field["target"]))} allowEmpty="(id)" width={130}
              onChange={(v) => edit(memberOps(pointer, field, "targetField", v || undefined), `key of ${name}`)} />
          </>
        )}
        {type === "decimal" && [numberBox("precision", "18"), numberBox("scale", "2")]}
        {type === "bytes" && numberBox("maxBytes", "262144")}
        {type === "json" && <JsonSchemaBox name={name} field={field} pointer={pointer} edit={edit} />}
        {rulesFor(type).map((rule) => (
          <CommitInput key={rule} label={rule} value={showDefault(validation[rule])} width={rule === "pattern" ? 140 : 80}
            onCommit={(v) => setRule(rule, v)} />
        ))}
        <Group gap={4} ml="auto">
          <Button size="compact-xs" variant="default" aria-label={`move ${name} up`} disabled={fieldIndex === 0}
            onClick={() => edit([{ op: "move", from: pointer, path: pointer.replace(/\d+$/, String(fieldIndex - 1)) }], `move ${name} up`)}>↑</Button>
          <Button size="compact-xs" variant="default" aria-label={`move ${name} down`} disabled={fieldIndex === count - 1}
            onClick={() => edit([{ op: "move", from: pointer, path: pointer.replace(/\d+$/, String(fieldIndex + 1)) }], `move ${name} down`)}>↓</Button>
          <Button size="compact-xs" color="red" variant="light" aria-label={`remove ${name}`}
            onClick={() => edit([{ op: "remove", path: pointer }], `remove field ${name}`)}>✕</Button>
        </Group>
      </Group>
      <Group align="end" gap="xs" mt={4}>
        <CommitInput label="Label" value={str(ui["label"])} width={140}
          onCommit={(v) => edit(uiOps(`${pointer}/ui`, field["ui"], "label", v), `label of ${name}`)} />
        <CommitInput label="Placeholder" value={str(ui["placeholder"])} width={160}
          onCommit={(v) => edit(uiOps(`${pointer}/ui`, field["ui"], "placeholder", v), `placeholder of ${name}`)} />
        <Choice label="Widget" value={str(ui["widget"])} options={widgetsFor(type)} allowEmpty="(default)" width={110}
          onChange={(v) => edit(uiOps(`${pointer}/ui`, field["ui"], "widget", v), `widget of ${name}`)} />
        <CommitInput label="Help" value={str(ui["help"])} width={260}
          onCommit={(v) => edit(uiOps(`${pointer}/ui`, field["ui"], "help", v), `help of ${name}`)} />
        <Text size="xs" c="dimmed">id {str(field["id"])}</Text>
      </Group>
      {problems && <Text size="xs" c="red" style={{ whiteSpace: "pre-wrap" }} role="alert">{problems}</Text>}
    </Paper>
  );
}

function defaultOps(pointer: string, field: JsonObject, type: string, raw: string): Op[] {
  const value = parseDefault(type, raw);
  if (value === undefined) return "default" in field ? [{ op: "remove", path: `${pointer}/default` }] : [];
  return [{ op: "set", path: `${pointer}/default`, value }];
}

/** A boolean flag: present as `true` when on, absent when off (the default). */
export function flagOps(path: string, on: boolean, present: boolean): Op[] {
  if (on) return [{ op: "set", path, value: true }];
  return present ? [{ op: "remove", path }] : [];
}
