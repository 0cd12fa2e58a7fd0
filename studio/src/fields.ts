// What the model format allows per field type (docs/model-format.md, "Field").
import type { Json, JsonObject } from "./api";
import { isObject } from "./api";

export const FIELD_TYPES = [
  "string", "text", "integer", "float", "decimal", "boolean", "date", "datetime", "localDateTime", "bytes",
  "uuid", "email", "url", "enum", "reference", "array", "json",
] as const;

const STRINGY = ["string", "text", "email", "url"];
/** The types a natural key (`targetField`) may have. */
export const KEY_TYPES = ["string", "integer", "uuid", "email", "url", "enum", "date"];
const NUMERIC = ["integer", "float", "decimal"];

/** The validation rules valid for a type, in display order. */
export function rulesFor(type: string): string[] {
  const rules: string[] = [];
  if (STRINGY.includes(type) || type === "array") rules.push("minLength", "maxLength");
  if (STRINGY.includes(type)) rules.push("pattern");
  if (NUMERIC.includes(type)) rules.push("min", "max");
  return rules;
}

const WIDGETS: Record<string, string[]> = {
  string: ["text", "textarea", "select", "radio"], text: ["textarea", "text"], uuid: ["text"],
  integer: ["number"], float: ["number"], decimal: ["number"], boolean: ["checkbox", "switch", "select"],
  date: ["date"], datetime: ["datetime"], localDateTime: ["datetime"], bytes: ["file"], email: ["email", "text"], url: ["url", "text"],
  enum: ["select", "radio"], reference: ["reference", "select"], array: ["tags"], json: ["json", "textarea"],
};

export function widgetsFor(type: string): string[] {
  return WIDGETS[type] ?? ["text"];
}

/** The field after a type change: keys the new type rejects are dropped, keys it requires are added. */
export function retype(field: JsonObject, type: string, entityNames: string[]): JsonObject {
  const next: JsonObject = {};
  for (const [key, value] of Object.entries(field)) {
    if (key === "type") next[key] = type;
    else if (key === "values" && type !== "enum") continue;
    else if (key === "target" && type !== "reference") continue;
    else if (key === "items" && type !== "array") continue;
    else if ((key === "precision" || key === "scale") && type !== "decimal") continue;
    else if (key === "maxBytes" && type !== "bytes") continue;
    else if (key === "jsonSchema" && type !== "json") continue;
    else if (key === "targetField" && type !== "reference") continue;
    else if (key === "sequence" && type !== "integer") continue;
    else if (key === "default") continue; // a default of the old type would not fit
    else if (key === "validation" && isObject(value)) {
      const kept = Object.fromEntries(Object.entries(value).filter(([rule]) => rulesFor(type).includes(rule)));
      if (Object.keys(kept).length) next[key] = kept;
    } else if (key === "ui" && isObject(value) && typeof value["widget"] === "string" && !widgetsFor(type).includes(value["widget"])) {
      const ui = { ...value };
      delete ui["widget"];
      if (Object.keys(ui).length) next[key] = ui;
    } else next[key] = value;
  }
  if (type === "enum" && !Array.isArray(next["values"])) next["values"] = ["first", "second"];
  if (type === "reference" && typeof next["target"] !== "string") next["target"] = entityNames[0] ?? "";
  if (type === "array" && !isObject(next["items"])) next["items"] = { type: "string" };
  return next;
}

/** The text typed in the default box as a JSON value of the field's type ("" = no default). */
export function parseDefault(type: string, raw: string): Json | undefined {
  if (raw === "") return undefined;
  if (type === "decimal") return raw.trim(); // exact: the digits as typed (a number would keep 15)
  if (NUMERIC.includes(type)) {
    const n = Number(raw);
    return Number.isFinite(n) ? n : raw;
  }
  if (type === "boolean") return raw === "true";
  if (type === "json" || type === "array") {
    try {
      return JSON.parse(raw) as Json;
    } catch {
      return raw;
    }
  }
  return raw;
}

export function showDefault(value: Json | undefined): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}
