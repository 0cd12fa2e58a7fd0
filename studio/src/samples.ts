// What the studio calls a sample record: the same rule the app uses for a record's name
// (docs/model-format.md, entity `ui`): the displayTemplate, else the displayField, else the
// first string-like field (required ones first). Used by the sample-data grid's reference
// pickers and the displayTemplate preview.
import type { Json, JsonObject } from "./api";
import { asArray, isObject, str } from "./api";

const STRING_LIKE = ["string", "text", "email", "url"];
const MISSING = "—";

export function entityNamed(model: JsonObject, name: string): JsonObject | undefined {
  return asArray(model["entities"]).filter(isObject).find((e) => e["name"] === name);
}

export function sampleRecords(model: JsonObject, entity: string): JsonObject[] {
  const sample = model["sampleData"];
  return isObject(sample) ? asArray(sample[entity]).filter(isObject) : [];
}

export function fieldsOf(entity: JsonObject | undefined): JsonObject[] {
  return asArray(entity?.["fields"]).filter(isObject);
}

/** The field that names a record when there is no template. */
export function displayFieldOf(entity: JsonObject): string {
  const ui = isObject(entity["ui"]) ? entity["ui"] : {};
  if (typeof ui["displayField"] === "string") return ui["displayField"];
  const fields = fieldsOf(entity).filter((f) => STRING_LIKE.includes(str(f["type"])));
  const first = fields.find((f) => f["required"] === true) ?? fields[0];
  return first ? str(first["name"]) : "id";
}

/** The value a reference field holds for `record` of its target: the record's id, or its `targetField` (a key). */
export function keyOf(field: JsonObject, record: JsonObject): Json | undefined {
  return record[typeof field["targetField"] === "string" ? field["targetField"] : "id"];
}

/** The sample record of `target` a reference value points at (ids compare without case, as UUIDs do). */
export function referencedRecord(model: JsonObject, field: JsonObject, value: Json | undefined): JsonObject | undefined {
  if (value === undefined || value === null) return undefined;
  const byId = typeof field["targetField"] !== "string";
  const same = (key: Json | undefined) => byId && typeof key === "string" && typeof value === "string"
    ? key.toLowerCase() === value.toLowerCase() : key === value;
  return sampleRecords(model, str(field["target"])).find((r) => same(keyOf(field, r)));
}

function text(value: Json | undefined): string {
  if (value === undefined || value === null || value === "") return MISSING;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** `"Loan of {bookId} to {memberId}"` → text and field names alternating, or null when the braces do not balance. */
export function splitTemplate(template: string): string[] | null {
  const parts: string[] = [];
  const pattern = /\{([a-z][A-Za-z0-9]*)\}/g;
  let at = 0;
  for (let m = pattern.exec(template); m; m = pattern.exec(template)) {
    parts.push(template.slice(at, m.index), m[1] ?? "");
    at = m.index + m[0].length;
  }
  parts.push(template.slice(at));
  return parts.some((p, i) => i % 2 === 0 && /[{}]/.test(p)) ? null : parts;
}

/** The name of a sample record of `entity` (references named by their target's record, two levels deep). */
export function recordName(model: JsonObject, entity: JsonObject, record: JsonObject, depth = 2, template?: string): string {
  const ui = isObject(entity["ui"]) ? entity["ui"] : {};
  const pattern = template ?? (typeof ui["displayTemplate"] === "string" ? ui["displayTemplate"] : undefined);
  const parts = pattern !== undefined ? splitTemplate(pattern) : null;
  if (!parts) return text(record[displayFieldOf(entity)]);
  const fields = fieldsOf(entity);
  return parts.map((part, i) => {
    if (i % 2 === 0) return part;
    const field = fields.find((f) => f["name"] === part);
    const value = record[part];
    if (!field || field["type"] !== "reference" || value === undefined || value === null) return text(value);
    const target = entityNamed(model, str(field["target"]));
    const referenced = referencedRecord(model, field, value);
    if (!target || !referenced) return text(value);
    return depth > 1 ? recordName(model, target, referenced, depth - 1) : "…";
  }).join("");
}
