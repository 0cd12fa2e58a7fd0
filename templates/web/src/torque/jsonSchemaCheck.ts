// A json field's `jsonSchema` checked in the browser (@cfworker/json-schema: no
// code generation, so no eval). Loaded with the JSON editor's chunk, or by the
// form just before it submits a record with such a field; never with the first
// page. On load it registers itself with validation.ts, whose checks are
// synchronous: from then on validateValue() includes the schema check.
// The server checks the same schema (jsonschema-rs); its error lands under the
// field as well, with the same JSON Pointer.

import { Validator, type Schema } from "@cfworker/json-schema";
import type { FieldMeta } from "./types";
import { registerJsonSchemaCheck } from "./validation";

export interface SchemaProblem {
  /** JSON Pointer of the failing part of the value ("" = the whole value). */
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
}

// Keyed on the schema object (one per field, from model.ts): compiled once per page.
const validators = new WeakMap<object, Validator>();

function validatorOf(schema: object): Validator {
  let v = validators.get(schema);
  if (!v) {
    // The validator annotates the schema it is given: give it a copy, model.ts stays as written.
    v = new Validator(JSON.parse(JSON.stringify(schema)) as Schema, "2020-12", false);
    validators.set(schema, v);
  }
  return v;
}

function pointerOf(location: string): string {
  const p = location.replace(/^#/, "");
  try {
    return decodeURI(p);
  } catch {
    return p;
  }
}

/** The schema member at `location` (a keywordLocation such as "#/items/properties/qty/minimum"). */
function schemaAt(schema: unknown, location: string): unknown {
  let node = schema;
  for (const raw of pointerOf(location).split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Our wording for the common keywords (the server's reads alike); the validator's otherwise. */
function wording(keyword: string, bound: unknown, fallback: string): string {
  const n = typeof bound === "number" ? bound : undefined;
  switch (keyword) {
    case "minimum":
      return n === undefined ? fallback : `must be at least ${n}`;
    case "maximum":
      return n === undefined ? fallback : `must be at most ${n}`;
    case "exclusiveMinimum":
      return n === undefined ? fallback : `must be greater than ${n}`;
    case "exclusiveMaximum":
      return n === undefined ? fallback : `must be less than ${n}`;
    case "minLength":
      return n === undefined ? fallback : `must have at least ${plural(n, "character")}`;
    case "maxLength":
      return n === undefined ? fallback : `must have at most ${plural(n, "character")}`;
    case "minItems":
      return n === undefined ? fallback : `must have at least ${plural(n, "item")}`;
    case "maxItems":
      return n === undefined ? fallback : `must have at most ${plural(n, "item")}`;
    case "pattern":
      return "does not match the required pattern";
    case "type":
      return `must be ${Array.isArray(bound) ? bound.join(" or ") : String(bound)}`;
    case "enum":
      return Array.isArray(bound) ? `must be one of ${bound.map((v) => JSON.stringify(v)).join(", ")}` : fallback;
    case "const":
      return `must be ${JSON.stringify(bound)}`;
    default:
      return fallback.replace(/\.$/, "");
  }
}

/** Every way `value` fails the field's schema, innermost first per branch; [] when it matches. */
export function schemaProblems(field: FieldMeta, value: unknown): SchemaProblem[] {
  const schema = field.jsonSchema;
  if (!schema || value === null || value === undefined) return [];
  let result: ReturnType<Validator["validate"]>;
  try {
    result = validatorOf(schema).validate(value);
  } catch {
    return []; // a schema this browser cannot run (the compiler allows only portable patterns): the server decides
  }
  if (result.valid) return [];
  // The validator reports each failing keyword and every keyword around it ("items",
  // "properties" …): keep the innermost ones, the ones that say what is wrong.
  const units = result.errors.filter((u) => u.keyword !== "false");
  const leaves = units.filter((u) => !units.some((o) => o !== u && o.keywordLocation.startsWith(`${u.keywordLocation}/`)));
  return (leaves.length ? leaves : result.errors).map((u) => ({
    path: pointerOf(u.instanceLocation),
    keyword: u.keyword,
    message: wording(u.keyword, schemaAt(schema, u.keywordLocation), u.error),
  }));
}

/** The first problem as a sentence for under the field ("At /0/quantity: must be at least 1"), or null. */
export function schemaMessage(field: FieldMeta, value: unknown): string | null {
  const first = schemaProblems(field, value)[0];
  if (!first) return null;
  return first.path ? `At ${first.path}: ${first.message}` : first.message.charAt(0).toUpperCase() + first.message.slice(1);
}

registerJsonSchemaCheck(schemaMessage);
